// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fitrows.h"

#include <QEvent>
#include <QListView>
#include <QScrollBar>
#include <algorithm>

namespace Stageboard {

void fitToRows(QListView *view, int most)
{
    // Laid out at the list's width now, the last row's bottom is how tall the rows are.
    view->doItemsLayout();
    view->verticalScrollBar()->setValue(0);
    const int rows = view->model() ? view->model()->rowCount(view->rootIndex()) : 0;
    int height = view->fontMetrics().height() + 4;
    if (rows > 0) {
        const QRect first = view->visualRect(view->model()->index(0, 0, view->rootIndex()));
        const QRect last = view->visualRect(view->model()->index(rows - 1, 0, view->rootIndex()));
        height = last.bottom() - first.top() + 1;
    }
    if (most > 0)
        height = std::min(height, most);
    view->setFixedHeight(height + 2 * view->frameWidth() + 2 * view->spacing() + 2);
}

namespace {

class FitOnResize final : public QObject
{
public:
    FitOnResize(QListView *view, int most)
        : QObject(view)
        , m_view(view)
        , m_most(most)
        , m_width(view->width())
    {
        view->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_view && event->type() == QEvent::Resize && m_view->width() != m_width) {
            m_width = m_view->width();
            fitToRows(m_view, m_most);
        }
        return false;
    }

private:
    QListView *m_view;
    int m_most;
    int m_width;
};

} // namespace

void keepFittedToRows(QListView *view, int most)
{
    new FitOnResize(view, most);
    fitToRows(view, most);
}

} // namespace Stageboard
