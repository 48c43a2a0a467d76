// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QAction;
class QHBoxLayout;
class QLabel;

namespace Stageboard {

/// What an empty view says instead of showing nothing: a title, a line of explanation and the
/// actions that get a person going. Laid over the centre of the widget it is a child of, and
/// kept there as that widget resizes. The buttons follow their actions: a greyed action stays
/// greyed, with its tool tip saying why.
class EmptyState final : public QFrame
{
    Q_OBJECT

public:
    explicit EmptyState(QWidget *over);

    void setMessage(const QString &title, const QString &text);
    void setActions(const QList<QAction *> &actions);
    QString title() const;
    QString text() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void place();

    QLabel *m_title = nullptr;
    QLabel *m_text = nullptr;
    QHBoxLayout *m_buttons = nullptr;
};

} // namespace Stageboard
