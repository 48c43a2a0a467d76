// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "agendaview.h"

#include "itemmodels/agendamodel.h"
#include "itemmodels/roles.h"
#include "workspace/workspace.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace Stageboard {

PlanActivityDialog::PlanActivityDialog(const QString &dealTitle, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Plan Activity"));
    auto *form = new QFormLayout;
    if (!dealTitle.isEmpty()) {
        auto *deal = new QLabel(dealTitle, this);
        deal->setWordWrap(true);
        form->addRow(tr("Opportunity:"), deal);
    }
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("activityKind"));
    for (EngagementKind kind : {EngagementKind::Call, EngagementKind::Meeting, EngagementKind::Task,
                                EngagementKind::Email})
        m_kind->addItem(engagementKindName(kind), int(kind));
    form->addRow(tr("&Type:"), m_kind);
    m_subject = new QLineEdit(this);
    m_subject->setObjectName(QStringLiteral("activitySubject"));
    m_subject->setPlaceholderText(tr("What it is about, e.g. Follow-up call"));
    form->addRow(tr("&Subject:"), m_subject);
    m_due = new QDateTimeEdit(this);
    m_due->setObjectName(QStringLiteral("activityDue"));
    m_due->setCalendarPopup(true);
    // Tomorrow at ten: the usual next step.
    m_due->setDateTime(QDateTime(QDate::currentDate().addDays(1), QTime(10, 0)));
    form->addRow(tr("&Due:"), m_due);
    m_duration = new QSpinBox(this);
    m_duration->setRange(0, 24 * 60);
    m_duration->setSingleStep(15);
    m_duration->setValue(30);
    m_duration->setSuffix(tr(" min"));
    form->addRow(tr("&Length:"), m_duration);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    QPushButton *save = buttons->button(QDialogButtonBox::Save);
    save->setEnabled(false);
    connect(m_subject, &QLineEdit::textChanged, this,
            [save](const QString &text) { save->setEnabled(!text.trimmed().isEmpty()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

Engagement PlanActivityDialog::activity() const
{
    Engagement e;
    e.kind = EngagementKind(m_kind->currentData().toInt());
    e.subject = m_subject->text().trimmed();
    e.dueAt = m_due->dateTime().toSecsSinceEpoch();
    e.durationMinutes = m_duration->value();
    return e;
}

AgendaView::AgendaView(QWidget *parent)
    : QWidget(parent)
{
    auto *bar = new QHBoxLayout;
    auto *plan = new QPushButton(tr("&Plan Activity…"), this);
    plan->setObjectName(QStringLiteral("planActivity"));
    connect(plan, &QPushButton::clicked, this, [this] { planActivity(0); });
    bar->addWidget(plan);
    auto *hint = new QLabel(tr("Tick an activity to mark it done; double-click it to open its "
                               "opportunity."),
                            this);
    hint->setWordWrap(true);
    bar->addWidget(hint, 1);
    m_view = new QTreeView(this);
    m_view->setObjectName(QStringLiteral("agenda"));
    m_view->setAccessibleName(tr("Agenda"));
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    connect(m_view, &QTreeView::doubleClicked, this, [this](const QModelIndex &index) {
        if (const qint64 deal =
                index.siblingAtColumn(AgendaModel::DealColumn).data(OpportunityIdRole).toLongLong())
            Q_EMIT openOpportunityRequested(deal);
    });
    m_empty = new QLabel(tr("Nothing planned for you. Plan the next call, meeting, task or "
                            "email with Plan Activity…, or from an opportunity."),
                         this);
    m_empty->setObjectName(QStringLiteral("agendaEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->hide();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_empty);
    layout->addWidget(m_view, 1);
    // Today turns into overdue as the clock moves on.
    m_clock = new QTimer(this);
    m_clock->setInterval(60 * 1000);
    connect(m_clock, &QTimer::timeout, this, &AgendaView::refresh);
}

AgendaView::~AgendaView()
{
    m_view->setModel(nullptr);
}

void AgendaView::setWorkspace(Workspace *workspace)
{
    m_view->setModel(nullptr);
    m_model.reset();
    m_workspace = workspace;
    m_clock->stop();
    if (!workspace)
        return;
    m_model = std::make_unique<AgendaModel>(workspace->boardService(), workspace->engagements());
    m_view->setModel(m_model.get());
    m_view->header()->setSectionResizeMode(AgendaModel::SubjectColumn, QHeaderView::Stretch);
    for (int c = 1; c < AgendaModel::ColumnCount; ++c)
        m_view->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    connect(m_model.get(), &AgendaModel::errorOccurred, this, &AgendaView::errorOccurred);
    connect(m_model.get(), &AgendaModel::markedDone, this, &AgendaView::offerNext);
    connect(m_model.get(), &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &parent) { m_view->expand(parent); });
    connect(workspace, &Workspace::engagementsChangedElsewhere, this, &AgendaView::refresh);
    m_clock->start();
    if (m_owner)
        setOwner(m_owner);
}

void AgendaView::setOwner(qint64 userId)
{
    m_owner = userId;
    if (!m_model)
        return;
    if (auto ok = m_model->setOwner(userId); !ok)
        Q_EMIT errorOccurred(ok.error().message);
    m_view->expandAll();
    updateEmptyState();
}

void AgendaView::refresh()
{
    if (!m_model)
        return;
    if (auto ok = m_model->refresh(); !ok)
        Q_EMIT errorOccurred(ok.error().message);
    updateEmptyState();
}

void AgendaView::updateEmptyState()
{
    int count = 0;
    for (int g = 0; m_model && g < AgendaModel::groupCount; ++g)
        count += m_model->rowCount(m_model->groupIndex(AgendaModel::Group(g)));
    m_empty->setVisible(count == 0);
}

void AgendaView::planActivity(qint64 dealId)
{
    if (!m_workspace || !m_owner)
        return;
    BoardService &service = m_workspace->boardService();
    const auto deal = dealId ? service.opportunity(dealId) : std::nullopt;
    PlanActivityDialog dialog(deal ? deal->title : QString(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    Engagement e = dialog.activity();
    e.ownerId = m_owner;
    e.opportunityId = deal ? deal->id : 0;
    const auto added = m_workspace->engagements().addEngagement(e);
    if (!added) {
        Q_EMIT errorOccurred(added.error().message);
        return;
    }
    // The card's next activity may be this one.
    if (deal) {
        if (auto ok = service.applyStoredChanges({deal->id}); !ok)
            Q_EMIT errorOccurred(ok.error().message);
    }
    refresh();
}

void AgendaView::offerNext(const Engagement &done, const QString &tickedActivity)
{
    updateEmptyState();
    if (!done.opportunityId || !m_workspace)
        return;
    const auto deal = m_workspace->boardService().opportunity(done.opportunityId);
    if (!deal)
        return;
    QString text = tr("\"%1\" is done.").arg(done.subject);
    if (!tickedActivity.isEmpty())
        text += u' ' + tr("It ticked \"%1\" on the opportunity.").arg(tickedActivity);
    QMessageBox ask(QMessageBox::Question, tr("Plan the Next Activity"),
                    text + QStringLiteral("\n\n") +
                        tr("Plan the next activity for \"%1\"?").arg(deal->title),
                    QMessageBox::NoButton, this);
    ask.addButton(tr("&Plan Next…"), QMessageBox::AcceptRole);
    ask.addButton(tr("&Not Now"), QMessageBox::RejectRole);
    ask.exec();
    if (ask.buttonRole(ask.clickedButton()) == QMessageBox::AcceptRole)
        planActivity(deal->id);
}

} // namespace Stageboard
