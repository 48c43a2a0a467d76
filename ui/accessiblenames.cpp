// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "accessiblenames.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QEvent>
#include <QGraphicsView>
#include <QLabel>
#include <QLineEdit>

namespace Stageboard {

namespace {

// What a person hears for a widget: its own name, the text of the label pointing at it, or its
// tool tip.
QString spokenName(QWidget *widget)
{
    if (!widget->accessibleName().isEmpty())
        return widget->accessibleName();
    const QList<QLabel *> labels = widget->window()->findChildren<QLabel *>();
    for (QLabel *label : labels) {
        if (label->buddy() == widget && !label->text().isEmpty())
            return QString(label->text()).remove(QLatin1Char('&')).remove(QLatin1Char(':'));
    }
    return widget->toolTip();
}

void nameIfUnnamed(QWidget *part, const QString &name)
{
    if (part && part->accessibleName().isEmpty() && !name.isEmpty())
        part->setAccessibleName(name);
}

void nameParts(QWidget *widget)
{
    if (auto *combo = qobject_cast<QComboBox *>(widget)) {
        const QString name = spokenName(combo);
        nameIfUnnamed(combo->view(), name);
        nameIfUnnamed(combo->lineEdit(), name);
    } else if (auto *view = qobject_cast<QGraphicsView *>(widget)) {
        nameIfUnnamed(view->viewport(), spokenName(view));
    }
}

class PartNamer final : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Polish && watched->isWidgetType())
            nameParts(static_cast<QWidget *>(watched));
        return false;
    }
};

} // namespace

void nameInnerPartsForScreenReaders()
{
    static PartNamer *namer = nullptr;
    if (!namer) {
        namer = new PartNamer(qApp);
        qApp->installEventFilter(namer);
    }
}

void nameInnerParts(QWidget *root)
{
    nameParts(root);
    const QList<QWidget *> children = root->findChildren<QWidget *>();
    for (QWidget *child : children)
        nameParts(child);
}

} // namespace Stageboard
