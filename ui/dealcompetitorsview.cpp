// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dealcompetitorsview.h"

#include "core/money.h"
#include "fitrows.h"
#include "services/boardservice.h"
#include "services/lookback.h"
#include "workspace/workspace.h"

#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace Stageboard {

DealCompetitorDialog::DealCompetitorDialog(const QStringList &names, const QString &current,
                                           const DealCompetitor &entry, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(current.isEmpty() ? tr("Add Competitor") : tr("Competitor on This Deal"));
    m_competitor = new QComboBox(this);
    m_competitor->setObjectName(QStringLiteral("competitor"));
    m_competitor->setEditable(true);
    m_competitor->addItems(names);
    m_competitor->setCurrentIndex(-1);
    m_competitor->lineEdit()->setPlaceholderText(tr("Choose or type a competitor"));
    if (!current.isEmpty()) {
        m_competitor->setCurrentText(current);
        m_competitor->setEnabled(false);
    }
    m_strengths = new QLineEdit(entry.strengths, this);
    m_strengths->setObjectName(QStringLiteral("strengths"));
    m_strengths->setPlaceholderText(tr("Where we are better, for this customer"));
    m_weaknesses = new QLineEdit(entry.weaknesses, this);
    m_weaknesses->setObjectName(QStringLiteral("weaknesses"));
    m_weaknesses->setPlaceholderText(tr("Where they are better, for this customer"));
    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(tr("&Competitor:"), m_competitor);
    form->addRow(tr("Our &strengths:"), m_strengths);
    form->addRow(tr("Our &weaknesses:"), m_weaknesses);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    ok->setEnabled(!current.isEmpty());
    connect(m_competitor, &QComboBox::currentTextChanged, this,
            [ok](const QString &text) { ok->setEnabled(!text.trimmed().isEmpty()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setMinimumWidth(440);
}

QString DealCompetitorDialog::competitor() const
{
    return m_competitor->currentText().trimmed();
}

QString DealCompetitorDialog::strengths() const
{
    return m_strengths->text().trimmed();
}

QString DealCompetitorDialog::weaknesses() const
{
    return m_weaknesses->text().trimmed();
}

DealCompetitorsView::DealCompetitorsView(QWidget *parent)
    : QWidget(parent)
{
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("dealCompetitors"));
    m_list->setAccessibleName(tr("Competitors on this deal"));
    m_list->setWordWrap(true);
    m_list->setTextElideMode(Qt::ElideNone);
    m_list->setResizeMode(QListView::Adjust);
    m_list->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    keepFittedToRows(m_list);
    connect(m_list, &QListWidget::itemSelectionChanged, this, &DealCompetitorsView::updateButtons);
    connect(m_list, &QListWidget::itemDoubleClicked, this, &DealCompetitorsView::editSelected);
    m_empty = new QLabel(tr("No competitor named yet. Add the ones the customer is also talking "
                            "to, with where we stand against each."),
                         this);
    m_empty->setWordWrap(true);
    // Short labels: the panel may be narrow, and the heading above says what they are for.
    m_add = new QPushButton(tr("&Add…"), this);
    m_add->setObjectName(QStringLiteral("addCompetitor"));
    m_add->setAccessibleName(tr("Add a competitor to the deal"));
    m_edit = new QPushButton(tr("Edit…"), this);
    m_edit->setObjectName(QStringLiteral("editCompetitor"));
    m_edit->setAccessibleName(tr("Edit the competitor"));
    m_remove = new QPushButton(tr("Remove"), this);
    m_remove->setObjectName(QStringLiteral("removeCompetitor"));
    m_remove->setAccessibleName(tr("Remove the competitor from the deal"));
    connect(m_add, &QPushButton::clicked, this, &DealCompetitorsView::add);
    connect(m_edit, &QPushButton::clicked, this, &DealCompetitorsView::editSelected);
    connect(m_remove, &QPushButton::clicked, this, &DealCompetitorsView::removeSelected);
    m_close = new QLabel(this);
    m_close->setObjectName(QStringLiteral("closeSummary"));
    m_close->setWordWrap(true);
    m_close->setTextFormat(Qt::PlainText);
    m_close->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addStretch(1);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_remove);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_empty);
    layout->addWidget(m_list);
    layout->addLayout(buttons);
    layout->addWidget(m_close);
    updateButtons();
}

void DealCompetitorsView::setWorkspace(Workspace *workspace)
{
    if (m_workspace)
        disconnect(&m_workspace->lookBackService(), nullptr, this, nullptr);
    m_workspace = workspace;
    if (workspace) {
        connect(&workspace->lookBackService(), &LookBackService::changed, this,
                [this] { showOpportunity(m_id); });
    }
    showOpportunity(m_id);
}

void DealCompetitorsView::showOpportunity(qint64 id)
{
    m_id = id;
    m_list->clear();
    m_entries.clear();
    m_close->clear();
    if (m_workspace && m_id) {
        LookBackService &lookBack = m_workspace->lookBackService();
        if (auto read = lookBack.store().dealCompetitors(m_id)) {
            m_entries = *read;
        } else {
            Q_EMIT errorOccurred(read.error().message);
        }
        for (const DealCompetitor &e : std::as_const(m_entries)) {
            QStringList lines{lookBack.competitorName(e.competitorId)};
            if (!e.strengths.isEmpty())
                lines.append(tr("Our strengths: %1").arg(e.strengths));
            if (!e.weaknesses.isEmpty())
                lines.append(tr("Our weaknesses: %1").arg(e.weaknesses));
            auto *item = new QListWidgetItem(lines.join(QLatin1Char('\n')), m_list);
            item->setData(Qt::UserRole, e.competitorId);
        }
        // A closed deal: what its latest close said, and its review.
        const BoardService &board = m_workspace->boardService();
        const auto deal = board.opportunity(m_id);
        const Stage *stage = deal ? board.gateEngine().stage(deal->stageId) : nullptr;
        if (stage && stage->kind != StageKind::Open) {
            if (auto closes = lookBack.store().closesOf(m_id); closes && !closes->isEmpty()) {
                const DealClose &c = closes->constLast();
                QStringList lines;
                QStringList reasons{c.primaryReason};
                reasons.append(c.secondaryReasons);
                lines.append(tr("Closed on %1 by %2: %3")
                                 .arg(formatDate(QDateTime::fromSecsSinceEpoch(c.closedAt).date()),
                                      board.userName(c.closedBy),
                                      reasons.join(QStringLiteral(", "))));
                if (c.lostToId)
                    lines.append(tr("Lost to %1.").arg(lookBack.competitorName(c.lostToId)));
                if (!c.notes.isEmpty())
                    lines.append(tr("Notes: %1").arg(c.notes));
                lines.append(c.isReviewed()
                                 ? tr("Lesson (%1): %2").arg(board.userName(c.reviewedBy), c.lesson)
                                 : tr("Awaiting a manager's review on the Look-back tab."));
                m_close->setText(lines.join(QLatin1Char('\n')));
            }
        }
    }
    m_list->setVisible(!m_entries.isEmpty());
    m_empty->setVisible(m_entries.isEmpty());
    m_close->setVisible(!m_close->text().isEmpty());
    updateButtons();
}

void DealCompetitorsView::updateButtons()
{
    const bool selected = !m_list->selectedItems().isEmpty();
    m_add->setEnabled(m_workspace && m_id);
    m_edit->setEnabled(selected);
    m_remove->setEnabled(selected);
}

bool DealCompetitorsView::save(const QString &name, const QString &strengths,
                               const QString &weaknesses)
{
    if (!m_workspace || !m_id)
        return false;
    LookBackService &lookBack = m_workspace->lookBackService();
    qint64 competitorId = 0;
    if (const Competitor *known = lookBack.competitorNamed(name)) {
        competitorId = known->id;
    } else {
        auto added = lookBack.saveCompetitor({0, name});
        if (!added) {
            Q_EMIT errorOccurred(added.error().message);
            return false;
        }
        competitorId = added->id;
    }
    if (auto ok = lookBack.saveDealCompetitor({m_id, competitorId, strengths, weaknesses}); !ok) {
        Q_EMIT errorOccurred(ok.error().message);
        return false;
    }
    return true;
}

void DealCompetitorsView::add()
{
    if (!m_workspace || !m_id)
        return;
    QStringList names;
    for (const Competitor &c : m_workspace->lookBackService().competitors()) {
        const bool onDeal =
            std::any_of(m_entries.cbegin(), m_entries.cend(),
                        [&](const DealCompetitor &e) { return e.competitorId == c.id; });
        if (!onDeal)
            names.append(c.name);
    }
    DealCompetitorDialog dialog(names, {}, {}, this);
    if (dialog.exec() == QDialog::Accepted)
        save(dialog.competitor(), dialog.strengths(), dialog.weaknesses());
}

void DealCompetitorsView::editSelected()
{
    const QList<QListWidgetItem *> selected = m_list->selectedItems();
    if (selected.isEmpty() || !m_workspace)
        return;
    const qint64 competitorId = selected.first()->data(Qt::UserRole).toLongLong();
    const auto entry =
        std::find_if(m_entries.cbegin(), m_entries.cend(),
                     [&](const DealCompetitor &e) { return e.competitorId == competitorId; });
    if (entry == m_entries.cend())
        return;
    const QString name = m_workspace->lookBackService().competitorName(competitorId);
    DealCompetitorDialog dialog({name}, name, *entry, this);
    if (dialog.exec() == QDialog::Accepted)
        save(name, dialog.strengths(), dialog.weaknesses());
}

void DealCompetitorsView::removeSelected()
{
    const QList<QListWidgetItem *> selected = m_list->selectedItems();
    if (selected.isEmpty() || !m_workspace)
        return;
    const qint64 competitorId = selected.first()->data(Qt::UserRole).toLongLong();
    if (auto ok = m_workspace->lookBackService().removeDealCompetitor(m_id, competitorId); !ok)
        Q_EMIT errorOccurred(ok.error().message);
}

} // namespace Stageboard
