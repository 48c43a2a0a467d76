// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractButton>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QSet>
#include <QStringList>
#include <QTabBar>

namespace Stageboard::Test {

// The controls of a window that take the keyboard focus but would reach a screen reader
// without a name: no accessible name, no text of their own (a button), no label naming them.
// Popup lists (windows of their own), tabs (named by their texts), the inner parts of
// composite controls and labels (their text is what they say) are left out.
inline QStringList unnamedControls(QWidget *window)
{
    QSet<QWidget *> labelled;
    for (QLabel *label : window->findChildren<QLabel *>()) {
        if (label->buddy())
            labelled.insert(label->buddy());
    }
    QStringList unnamed;
    for (QWidget *w : window->findChildren<QWidget *>()) {
        if (w->focusPolicy() == Qt::NoFocus || w->window() != window || !w->isEnabled() ||
            qobject_cast<QScrollBar *>(w) || qobject_cast<QTabBar *>(w) ||
            qobject_cast<QLabel *>(w) || w->focusProxy())
            continue;
        if (qobject_cast<QLineEdit *>(w) && qobject_cast<QComboBox *>(w->parentWidget()))
            continue;
        const auto *button = qobject_cast<QAbstractButton *>(w);
        if (!w->accessibleName().isEmpty() || labelled.contains(w) ||
            (button && !button->text().remove(u'&').isEmpty()))
            continue;
        unnamed.append(QStringLiteral("%1 (%2)").arg(
            QString::fromLatin1(w->metaObject()->className()), w->objectName()));
    }
    return unnamed;
}

} // namespace Stageboard::Test
