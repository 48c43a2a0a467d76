// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reviewsview.h"

#include "core/money.h"
#include "itemmodels/reviewsmodel.h"
#include "itemmodels/roles.h"
#include "services/boardservice.h"
#include "services/lookback.h"
#include "workspace/workspace.h"

#include <QComboBox>
#include <QDateTime>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace Stageboard {

ReviewsView::ReviewsView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("reviewsPage"));
    auto *hint = new QLabel(tr("Every deal closed on the board waits here for a look-back: "
                               "what can the team learn from it? A manager writes the lesson "
                               "and marks it reviewed."),
                            this);
    hint->setWordWrap(true);
    m_filter = new QComboBox(this);
    m_filter->setObjectName(QStringLiteral("reviewFilter"));
    m_filter->addItem(tr("Awaiting review"), int(CloseFilter::Pending));
    m_filter->addItem(tr("Reviewed"), int(CloseFilter::Reviewed));
    m_filter->addItem(tr("All closed deals"), int(CloseFilter::All));
    auto *show = new QLabel(tr("&Show:"), this);
    show->setBuddy(m_filter);
    connect(m_filter, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_model)
            return;
        if (auto ok = m_model->setFilter(CloseFilter(m_filter->currentData().toInt())); !ok)
            Q_EMIT errorOccurred(ok.error().message);
        updateState();
    });
    auto *top = new QHBoxLayout;
    top->addWidget(hint, 1);
    top->addWidget(show);
    top->addWidget(m_filter);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("reviews"));
    m_view->setAccessibleName(tr("Closed deals"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        Q_EMIT openOpportunityRequested(index.data(OpportunityIdRole).toLongLong());
    });
    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("reviewsEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);

    // The review of the selected close.
    auto *form = new QWidget(this);
    m_details = new QLabel(form);
    m_details->setObjectName(QStringLiteral("closeDetails"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_lesson = new QPlainTextEdit(form);
    m_lesson->setObjectName(QStringLiteral("lesson"));
    m_lesson->setTabChangesFocus(true);
    m_lesson->setMaximumHeight(fontMetrics().height() * 5);
    m_suggestion = new QLineEdit(form);
    m_suggestion->setObjectName(QStringLiteral("processSuggestion"));
    m_suggestion->setPlaceholderText(tr("Optional: e.g. make a criterion required in Qualify"));
    m_suggestion->setClearButtonEnabled(true);
    auto *fields = new QFormLayout;
    fields->setRowWrapPolicy(QFormLayout::WrapLongRows);
    fields->addRow(tr("&Lesson learned:"), m_lesson);
    fields->addRow(tr("Suggested &change to the process:"), m_suggestion);
    m_who = new QLabel(form);
    m_who->setObjectName(QStringLiteral("reviewWho"));
    m_who->setWordWrap(true);
    m_review = new QPushButton(tr("&Mark Reviewed"), form);
    m_review->setObjectName(QStringLiteral("markReviewed"));
    m_process = new QPushButton(tr("Open &Process Editor"), form);
    m_process->setObjectName(QStringLiteral("reviewOpenProcess"));
    m_open = new QPushButton(tr("&Open Opportunity"), form);
    m_open->setObjectName(QStringLiteral("reviewOpenDeal"));
    connect(m_review, &QPushButton::clicked, this, &ReviewsView::reviewSelected);
    connect(m_process, &QPushButton::clicked, this, &ReviewsView::processEditorRequested);
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (const int row = selectedRow(); row >= 0)
            Q_EMIT openOpportunityRequested(m_model->close(row)->opportunityId);
    });
    connect(m_lesson, &QPlainTextEdit::textChanged, this, &ReviewsView::updateState);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_who, 1);
    buttons->addWidget(m_open);
    buttons->addWidget(m_process);
    buttons->addWidget(m_review);
    auto *formLayout = new QVBoxLayout(form);
    formLayout->setContentsMargins(0, 0, 0, 0);
    formLayout->addWidget(m_details);
    formLayout->addLayout(fields);
    formLayout->addLayout(buttons);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_empty, 1);
    layout->addWidget(m_view, 1);
    layout->addWidget(form);
    updateState();
}

ReviewsView::~ReviewsView()
{
    m_view->setModel(nullptr);
}

void ReviewsView::setWorkspace(Workspace *workspace)
{
    m_view->setModel(nullptr);
    m_model.reset();
    m_workspace = workspace;
    if (workspace) {
        m_model = std::make_unique<ReviewsModel>(workspace->lookBackService());
        connect(m_model.get(), &ReviewsModel::errorOccurred, this, &ReviewsView::errorOccurred);
        connect(m_model.get(), &ReviewsModel::pendingCountChanged, this,
                &ReviewsView::pendingCountChanged);
        if (auto ok = m_model->setFilter(CloseFilter(m_filter->currentData().toInt())); !ok)
            Q_EMIT errorOccurred(ok.error().message);
        m_view->setModel(m_model.get());
        QHeaderView *header = m_view->horizontalHeader();
        header->setSectionResizeMode(QHeaderView::Interactive);
        header->setStretchLastSection(true);
        m_view->resizeColumnsToContents();
        // Long titles and reasons give way to the lesson; the tooltip and the pane below
        // say all of it.
        for (const int column : {ReviewsModel::DealColumn, ReviewsModel::AccountColumn,
                                 ReviewsModel::ReasonColumn, ReviewsModel::LostToColumn}) {
            m_view->setColumnWidth(column, std::min(m_view->columnWidth(column),
                                                    fontMetrics().averageCharWidth() * 26));
        }
        connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
                &ReviewsView::showSelected);
        for (const auto signal :
             {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved}) {
            connect(m_model.get(), signal, this, &ReviewsView::updateState);
        }
        connect(m_model.get(), &QAbstractItemModel::modelReset, this, &ReviewsView::updateState);
        connect(m_model.get(), &QAbstractItemModel::dataChanged, this, &ReviewsView::showSelected);
    }
    showSelected();
    Q_EMIT pendingCountChanged(m_model ? std::max<qint64>(0, m_model->pendingCount()) : 0);
}

void ReviewsView::actingUserChanged(bool processEditable)
{
    m_processEditable = processEditable;
    updateState();
}

QString ReviewsView::title(qint64 count)
{
    return count > 0 ? tr("Look-back (%1)").arg(count) : tr("Look-back");
}

int ReviewsView::selectedRow() const
{
    if (!m_model || !m_view->selectionModel())
        return -1;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

void ReviewsView::showSelected()
{
    const int row = selectedRow();
    const DealClose *c = row >= 0 ? m_model->close(row) : nullptr;
    if (!c) {
        m_details->setText(tr("Select a closed deal to see what its close said and review it."));
        m_lesson->clear();
        m_suggestion->clear();
        updateState();
        return;
    }
    const QModelIndex at = m_model->index(row, 0);
    QStringList parts;
    parts.append(
        tr("<b>%1</b> — %2 on %3 by %4.")
            .arg(at.siblingAtColumn(ReviewsModel::DealColumn).data().toString().toHtmlEscaped(),
                 at.siblingAtColumn(ReviewsModel::OutcomeColumn).data().toString(),
                 at.siblingAtColumn(ReviewsModel::ClosedColumn).data().toString(),
                 at.siblingAtColumn(ReviewsModel::ClosedByColumn)
                     .data()
                     .toString()
                     .toHtmlEscaped()));
    parts.append(
        tr("Reasons: %1")
            .arg(at.siblingAtColumn(ReviewsModel::ReasonColumn).data().toString().toHtmlEscaped()));
    if (c->lostToId) {
        parts.append(
            tr("Lost to: %1")
                .arg(m_workspace->lookBackService().competitorName(c->lostToId).toHtmlEscaped()));
    }
    if (!c->notes.isEmpty())
        parts.append(tr("Notes: %1").arg(c->notes.toHtmlEscaped()));
    m_details->setText(parts.join(QStringLiteral("<br>")));
    // A reviewed close shows its review, to be rewritten if need be.
    m_lesson->setPlainText(c->lesson);
    m_suggestion->setText(c->processSuggestion);
    updateState();
}

void ReviewsView::updateState()
{
    const bool any = m_model && m_model->rowCount() > 0;
    m_view->setVisible(any);
    m_empty->setVisible(!any);
    if (m_model) {
        switch (m_model->filter()) {
        case CloseFilter::Pending:
            m_empty->setText(tr("No closed deal awaits review. When a deal is won or lost on the "
                                "board, it appears here for a manager's look-back."));
            break;
        case CloseFilter::Reviewed:
            m_empty->setText(tr("No closed deal has been reviewed yet."));
            break;
        case CloseFilter::All:
            m_empty->setText(tr("No deal has been closed on the board yet."));
            break;
        }
    } else {
        m_empty->clear();
    }
    const int row = selectedRow();
    const DealClose *c = row >= 0 ? m_model->close(row) : nullptr;
    const bool mayReview = m_workspace && m_workspace->lookBackService().canReview();
    // Read-only rather than greyed: a rep reads the lesson as written.
    m_lesson->setEnabled(c != nullptr);
    m_suggestion->setEnabled(c != nullptr);
    m_lesson->setReadOnly(!mayReview);
    m_suggestion->setReadOnly(!mayReview);
    m_suggestion->setClearButtonEnabled(mayReview);
    m_lesson->setPlaceholderText(mayReview ? tr("What worked, what did not, what the team does "
                                                "next time")
                                           : tr("Not reviewed yet"));
    m_review->setEnabled(c && mayReview && !m_lesson->toPlainText().trimmed().isEmpty());
    m_review->setText(c && c->isReviewed() ? tr("&Update Review") : tr("&Mark Reviewed"));
    m_open->setEnabled(c != nullptr);
    m_process->setEnabled(m_processEditable);
    m_process->setToolTip(m_processEditable
                              ? tr("Change the process as the lesson suggests")
                              : tr("Only an admin changes the sales process; the suggestion is "
                                   "kept here for them."));
    if (!m_workspace) {
        m_who->clear();
    } else if (!mayReview) {
        m_who->setText(tr("Only a manager or an admin reviews closed deals; you can read the "
                          "lessons."));
    } else if (c && c->isReviewed()) {
        const BoardService &board = m_workspace->boardService();
        m_who->setText(tr("Reviewed by %1 on %2.")
                           .arg(board.userName(c->reviewedBy),
                                formatDate(QDateTime::fromSecsSinceEpoch(c->reviewedAt).date())));
    } else {
        m_who->setText(c ? tr("Write the lesson, then mark it reviewed.") : QString());
    }
}

void ReviewsView::reviewSelected()
{
    const int row = selectedRow();
    if (row < 0 || !m_model)
        return;
    const QString title = m_model->index(row, ReviewsModel::DealColumn).data().toString();
    if (auto ok = m_model->review(row, m_lesson->toPlainText(), m_suggestion->text()); !ok) {
        Q_EMIT errorOccurred(ok.error().message);
        return;
    }
    Q_EMIT reviewed(tr("Reviewed \"%1\".").arg(title));
    showSelected();
}

} // namespace Stageboard
