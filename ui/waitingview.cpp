// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "waitingview.h"

#include "itemmodels/roles.h"
#include "itemmodels/waitingmodel.h"
#include "workspace/workspace.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace Stageboard {

WaitingView::WaitingView(QWidget *parent)
    : QWidget(parent)
{
    auto *hint = m_hint =
        new QLabel(tr("The sign-offs your roles are asked for, and the deals in stages your "
                      "roles own, longest waiting first. Select a sign-off, then sign it off, "
                      "or reject it saying why; open a deal to work it."),
                   this);
    hint->setWordWrap(true);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("waitingOnMe"));
    m_view->setAccessibleName(tr("Waiting on me"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        Q_EMIT openOpportunityRequested(index.data(OpportunityIdRole).toLongLong());
    });
    m_empty = new QLabel(tr("Nothing waits on you. When a deal reaches a stage one of your roles "
                            "owns, or whose sign-off it gives, it appears here."),
                         this);
    m_empty->setObjectName(QStringLiteral("waitingEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_comment = new QLineEdit(this);
    m_comment->setObjectName(QStringLiteral("signOffComment"));
    m_comment->setPlaceholderText(tr("Comment for the rep (needed to reject)"));
    m_comment->setAccessibleName(tr("Comment"));
    m_comment->setClearButtonEnabled(true);
    m_approve = new QPushButton(tr("&Sign Off"), this);
    m_approve->setObjectName(QStringLiteral("approveSignOff"));
    m_reject = new QPushButton(tr("&Reject"), this);
    m_reject->setObjectName(QStringLiteral("rejectSignOff"));
    m_open = new QPushButton(tr("&Open Opportunity"), this);
    m_open->setObjectName(QStringLiteral("openWaiting"));
    connect(m_approve, &QPushButton::clicked, this, [this] { answerSelected(true); });
    connect(m_reject, &QPushButton::clicked, this, [this] { answerSelected(false); });
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (const int row = selectedRow(); row >= 0)
            Q_EMIT openOpportunityRequested(m_model->pending(row)->opportunityId);
    });
    connect(m_comment, &QLineEdit::textChanged, this, &WaitingView::updateState);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_comment, 1);
    bar->addWidget(m_approve);
    bar->addWidget(m_reject);
    bar->addWidget(m_open);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addWidget(m_empty, 1);
    layout->addWidget(m_view, 1);
    layout->addLayout(bar);
    updateState();
}

WaitingView::~WaitingView()
{
    m_view->setModel(nullptr);
}

void WaitingView::setWorkspace(Workspace *workspace)
{
    m_view->setModel(nullptr);
    m_model.reset();
    if (workspace) {
        m_model = std::make_unique<WaitingModel>(workspace->boardService(), workspace->signOffs());
        m_view->setModel(m_model.get());
        QHeaderView *header = m_view->horizontalHeader();
        header->setSectionResizeMode(QHeaderView::ResizeToContents);
        header->setSectionResizeMode(WaitingModel::CriterionColumn, QHeaderView::Stretch);
        connect(m_model.get(), &WaitingModel::errorOccurred, this, &WaitingView::errorOccurred);
        connect(m_model.get(), &WaitingModel::countChanged, this, [this](int n) {
            updateState();
            Q_EMIT countChanged(n);
        });
        connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
                &WaitingView::updateState);
        connect(workspace, &Workspace::processChangedElsewhere, m_model.get(),
                [this] { m_model->refresh(); });
        if (m_user)
            setUser(m_user);
    }
    updateState();
    Q_EMIT countChanged(count());
}

void WaitingView::setUser(qint64 userId)
{
    m_user = userId;
    if (!m_model)
        return;
    if (auto ok = m_model->setUser(userId); !ok)
        Q_EMIT errorOccurred(ok.error().message);
    updateState();
    Q_EMIT countChanged(count());
}

int WaitingView::count() const
{
    return m_model ? m_model->rowCount() : 0;
}

QString WaitingView::title(int count)
{
    return count ? tr("Waiting on Me (%1)").arg(count) : tr("Waiting on Me");
}

int WaitingView::selectedRow() const
{
    if (!m_model || !m_view->selectionModel())
        return -1;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

void WaitingView::answerSelected(bool approve)
{
    const int row = selectedRow();
    if (row < 0)
        return;
    const PendingSignOff asked = *m_model->pending(row);
    if (auto ok = m_model->answer(row, approve, m_comment->text()); !ok) {
        Q_EMIT errorOccurred(ok.error().message);
        return;
    }
    m_comment->clear();
    updateState();
    Q_EMIT answered(approve ? tr("Signed off \"%1\" on \"%2\".").arg(asked.criterion, asked.title)
                            : tr("Rejected \"%1\" on \"%2\"; its owner sees why.")
                                  .arg(asked.criterion, asked.title));
}

void WaitingView::updateState()
{
    // With nothing waiting, only what the tab is for.
    const bool any = count() > 0;
    m_empty->setVisible(!any);
    m_view->setVisible(any);
    m_hint->setVisible(any);
    for (QWidget *w : {static_cast<QWidget *>(m_comment), static_cast<QWidget *>(m_approve),
                       static_cast<QWidget *>(m_reject), static_cast<QWidget *>(m_open)})
        w->setVisible(any);
    const bool chosen = selectedRow() >= 0;
    // A deal in a stage the user's role owns has nothing to sign here: it is opened and worked.
    const bool signing = chosen && m_model->pending(selectedRow())->criterionId != 0;
    m_approve->setEnabled(signing);
    m_open->setEnabled(chosen);
    m_reject->setEnabled(signing && !m_comment->text().trimmed().isEmpty());
    m_reject->setToolTip(chosen && !signing ? tr("Nothing to sign: open the deal to work it.")
                         : m_reject->isEnabled()
                             ? tr("Reject the sign-off; the rep sees your comment.")
                             : tr("Write in the comment why, then reject."));
}

} // namespace Stageboard
