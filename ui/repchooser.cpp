// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "repchooser.h"

#include <QActionGroup>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace Stageboard {

namespace {
const QString rankingKey = QStringLiteral("dashboard/repRanking");
const QString chosenKey = QStringLiteral("dashboard/chosenReps");
} // namespace

RepChooser::RepChooser(QWidget *parent)
    : QToolButton(parent)
{
    setObjectName(QStringLiteral("repChooser"));
    setText(tr("Which Reps") + QStringLiteral(" ▾"));
    setToolTip(tr("Choose which reps the chart shows"));
    setPopupMode(QToolButton::InstantPopup);
    // The style's menu arrow sits over the text's last letters; the text carries its own.
    setStyleSheet(QStringLiteral("QToolButton::menu-indicator { image: none; width: 0; }"));
    auto *menu = new QMenu(this);
    m_group = new QActionGroup(this);
    const QList<QPair<ForecastTables::RepRanking, QString>> rankings{
        {ForecastTables::RepRanking::BestCase, tr("Top %1 by &Best Case").arg(shownReps)},
        {ForecastTables::RepRanking::ClosedWon, tr("Top %1 by &Closed Won").arg(shownReps)},
        {ForecastTables::RepRanking::Attainment, tr("Top %1 by Quota &Attainment").arg(shownReps)},
        {ForecastTables::RepRanking::LowestAttainment,
         tr("&Lowest %1 by Quota Attainment").arg(shownReps)},
        {ForecastTables::RepRanking::Chosen, tr("C&hosen Reps…")}};
    for (const auto &[ranking, text] : rankings) {
        QAction *action = menu->addAction(text);
        action->setCheckable(true);
        action->setData(int(ranking));
        m_group->addAction(action);
        if (ranking == ForecastTables::RepRanking::Chosen) {
            action->setObjectName(QStringLiteral("chooseReps"));
            connect(action, &QAction::triggered, this, &RepChooser::choose);
        } else {
            connect(action, &QAction::triggered, this, [this, ranking = ranking] {
                setRanking(ranking);
                remember();
            });
        }
    }
    setMenu(menu);
    QSettings settings;
    QSet<qint64> chosen;
    const QVariantList ids = settings.value(chosenKey).toList();
    for (const QVariant &id : ids)
        chosen.insert(id.toLongLong());
    const int stored =
        settings.value(rankingKey, int(ForecastTables::RepRanking::BestCase)).toInt();
    setRanking(stored >= 0 && stored <= int(ForecastTables::RepRanking::Chosen)
                   ? ForecastTables::RepRanking(stored)
                   : ForecastTables::RepRanking::BestCase,
               chosen);
}

void RepChooser::setRanking(ForecastTables::RepRanking ranking, const QSet<qint64> &chosen)
{
    // Nobody chosen is no choice: back to the default.
    if (ranking == ForecastTables::RepRanking::Chosen && chosen.isEmpty())
        ranking = ForecastTables::RepRanking::BestCase;
    const bool same = ranking == m_ranking && chosen == m_chosen;
    m_ranking = ranking;
    m_chosen = ranking == ForecastTables::RepRanking::Chosen ? chosen : QSet<qint64>{};
    for (QAction *action : m_group->actions())
        action->setChecked(action->data().toInt() == int(ranking));
    if (!same)
        Q_EMIT changed();
}

void RepChooser::setReps(const QList<QPair<qint64, QString>> &reps)
{
    m_reps = reps;
}

QString RepChooser::chartTitle(int shown, int total) const
{
    if (m_ranking == ForecastTables::RepRanking::Chosen)
        return tr("Reps against quota: %1 chosen of %n", nullptr, total).arg(shown);
    if (shown >= total) {
        switch (m_ranking) {
        case ForecastTables::RepRanking::ClosedWon:
            return tr("Reps against quota (most closed won first)");
        case ForecastTables::RepRanking::Attainment:
            return tr("Reps against quota (highest attainment first)");
        case ForecastTables::RepRanking::LowestAttainment:
            return tr("Reps against quota (lowest attainment first)");
        default:
            return tr("Reps against quota (largest best case first)");
        }
    }
    switch (m_ranking) {
    case ForecastTables::RepRanking::ClosedWon:
        return tr("Reps against quota: the top %1 of %n by closed won", nullptr, total).arg(shown);
    case ForecastTables::RepRanking::Attainment:
        return tr("Reps against quota: the top %1 of %n by quota attainment", nullptr, total)
            .arg(shown);
    case ForecastTables::RepRanking::LowestAttainment:
        return tr("Reps against quota: the lowest %1 of %n by quota attainment", nullptr, total)
            .arg(shown);
    default:
        return tr("Reps against quota: the top %1 of %n by best case", nullptr, total).arg(shown);
    }
}

void RepChooser::choose()
{
    RepChoiceDialog dialog(m_reps, m_chosen, mostChosen, window());
    m_dialog = &dialog;
    const bool ok = dialog.exec() == QDialog::Accepted;
    m_dialog = nullptr;
    if (ok)
        setRanking(ForecastTables::RepRanking::Chosen, dialog.chosen());
    else
        setRanking(m_ranking, m_chosen); // the menu's check back where it was
    remember();
}

void RepChooser::remember()
{
    QSettings settings;
    settings.setValue(rankingKey, int(m_ranking));
    QVariantList ids;
    for (qint64 id : std::as_const(m_chosen))
        ids.append(id);
    settings.setValue(chosenKey, ids);
}

RepChoiceDialog::RepChoiceDialog(const QList<QPair<qint64, QString>> &reps,
                                 const QSet<qint64> &chosen, int most, QWidget *parent)
    : QDialog(parent)
    , m_most(most)
{
    setWindowTitle(tr("Choose Reps"));
    auto *intro = new QLabel(
        tr("Tick the reps the chart shows, up to %1. Type to find a rep.").arg(most), this);
    intro->setWordWrap(true);
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("repFilter"));
    m_filter->setPlaceholderText(tr("Find a rep"));
    m_filter->setAccessibleName(tr("Find a rep"));
    m_filter->setClearButtonEnabled(true);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("reps"));
    m_list->setAccessibleName(tr("Reps"));
    for (const auto &[id, name] : reps) {
        auto *item = new QListWidgetItem(name, m_list);
        item->setData(Qt::UserRole, id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(chosen.contains(id) ? Qt::Checked : Qt::Unchecked);
    }
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("chosenCount"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    QPushButton *none = buttons->addButton(tr("Tick &None"), QDialogButtonBox::ResetRole);
    connect(none, &QPushButton::clicked, this, [this] {
        for (int row = 0; row < m_list->count(); ++row)
            m_list->item(row)->setCheckState(Qt::Unchecked);
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        for (int row = 0; row < m_list->count(); ++row) {
            QListWidgetItem *item = m_list->item(row);
            item->setHidden(!item->text().contains(text.trimmed(), Qt::CaseInsensitive));
        }
    });
    connect(m_list, &QListWidget::itemChanged, this, &RepChoiceDialog::update);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_filter);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_count);
    layout->addWidget(buttons);
    resize(360, 460);
    update();
    m_filter->setFocus();
}

QSet<qint64> RepChoiceDialog::chosen() const
{
    QSet<qint64> ids;
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->checkState() == Qt::Checked)
            ids.insert(m_list->item(row)->data(Qt::UserRole).toLongLong());
    }
    return ids;
}

void RepChoiceDialog::update()
{
    const int n = int(chosen().size());
    m_count->setText(
        n > m_most ? tr("%n rep(s) ticked: the chart has room for %1.", nullptr, n).arg(m_most)
        : n == 0   ? tr("None ticked: the chart shows the top %1 by best "
                          "case.")
                       .arg(RepChooser::shownReps)
                 : tr("%n rep(s) ticked.", nullptr, n));
    m_ok->setEnabled(n <= m_most);
}

} // namespace Stageboard
