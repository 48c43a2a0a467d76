// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>
#include <functional>

class QFrame;
class QPushButton;

namespace Stageboard {

/// A first look at the window: the window dimmed, a few callouts each with an arrow to what it
/// explains, and a "Got it" button (or Escape) that closes it for good. Laid over the window it
/// is a child of and kept there as that window resizes.
class WelcomeOverlay final : public QWidget
{
    Q_OBJECT

public:
    explicit WelcomeOverlay(QWidget *window);

    /// A callout titled title saying text, placed with its centre at where (fractions of the
    /// window's width and height), with an arrow to the point at() gives in target's
    /// coordinates.
    void addPointer(QWidget *target, std::function<QPoint()> at, QPointF where,
                    const QString &title, const QString &text);
    /// The closing words and the button, centred at where.
    void setClosing(QPointF where, const QString &title, const QString &text);
    /// Shows it over the window with the button focused.
    void start();
    QList<QFrame *> callouts() const;
    QPushButton *closeButton() const { return m_close; }

Q_SIGNALS:
    void dismissed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    struct Pointer
    {
        QWidget *target;
        std::function<QPoint()> at;
        QPointF where;
        QFrame *callout;
    };
    QFrame *callout(const QString &title, const QString &text);
    void place();
    void placeCallout(QFrame *frame, QPointF where);
    void dismiss();

    QList<Pointer> m_pointers;
    QFrame *m_closing = nullptr;
    QPointF m_closingAt{0.5, 0.75};
    QPushButton *m_close = nullptr;
};

} // namespace Stageboard
