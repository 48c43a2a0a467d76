// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QWidget>

namespace Stageboard::Colors {

// The colours that carry a meaning, written once: a colour means one thing everywhere.

/// A problem that stops something: a refused field, a failed save.
inline QColor error()
{
    return QColor(0xc0, 0x1c, 0x28);
}
/// Needs attention soon: a stalled deal, a close date in the past.
inline QColor warning()
{
    return QColor(0xd9, 0x6c, 0x00);
}

/// An open deal's next activity: due later today (overdue is error(), none planned warning()).
inline QColor dueToday()
{
    return QColor(0x1a, 0x7f, 0x37);
}

/// What a chart series shows: each has one colour in every chart.
enum class Series {
    ClosedWon,
    ClosedLost,
    Commit,
    BestCase,
    Pipeline, ///< open pipeline, and an open stage's amount
    Quota,
    Weighted,
    Configured, ///< the probability the process gives a stage
    Observed,   ///< the probability measured from closed deals
    Reached     ///< deals that reached a stage (the funnel)
};

/// The one colour of a meaning across the dashboard; colour-blind safe (Okabe–Ito).
inline QColor series(Series s)
{
    switch (s) {
    case Series::ClosedWon:
        return QColor(0x00, 0x9e, 0x73); // bluish green
    case Series::ClosedLost:
        return QColor(0x4d, 0x4d, 0x4d); // dark grey
    case Series::Commit:
        return QColor(0x00, 0x72, 0xb2); // blue
    case Series::BestCase:
        return QColor(0xe6, 0x9f, 0x00); // orange
    case Series::Pipeline:
        return QColor(0x9a, 0x8f, 0xc9); // lavender
    case Series::Quota:
        return QColor(0xd5, 0x5e, 0x00); // vermillion, dashed
    case Series::Weighted:
        return QColor(0x56, 0xb4, 0xe9); // sky blue
    case Series::Configured:
        return QColor(0x99, 0x99, 0x99); // grey
    case Series::Observed:
        return QColor(0xcc, 0x79, 0xa7); // reddish purple
    case Series::Reached:
        return QColor(0x44, 0x5e, 0x8c); // slate
    }
    return {};
}

/// Shows a label's text in the error colour.
inline void markAsError(QWidget *label)
{
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText, error());
    label->setPalette(p);
}

} // namespace Stageboard::Colors
