// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "coachingview.h"

#include "colors.h"
#include "core/money.h"
#include "itemmodels/coachingmodel.h"
#include "services/boardservice.h"
#include "services/coaching.h"
#include "workspace/workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Stageboard {

namespace {

/// A cell with stalled deals, or slower than the team, reads in the colour of attention.
class CellDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        const bool stalled = index.data(CoachingModel::StalledRole).toLongLong() > 0;
        const QVariant median = index.data(CoachingModel::MedianDaysRole);
        const QVariant team = index.data(CoachingModel::TeamMedianDaysRole);
        const bool slow =
            median.isValid() && team.isValid() && median.toDouble() > 1.5 * team.toDouble() + 1;
        if (stalled || slow)
            option->palette.setColor(QPalette::Text, Colors::warning());
    }
};

QLabel *heading(QWidget *parent)
{
    auto *label = new QLabel(parent);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    label->setWordWrap(true);
    return label;
}

} // namespace

CoachingView::CoachingView(QWidget *parent)
    : QWidget(parent)
    , m_refreshTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("coaching"));
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(300);
    connect(m_refreshTimer, &QTimer::timeout, this, &CoachingView::refreshNow);

    auto *intro = new QLabel(
        tr("Each cell is a rep's open deals in a stage: how many, the share of the stage's "
           "recommended activities ticked, those stalled past the stage's age limit or let in "
           "on an override, and the median days in the stage against the team's. A cell in orange "
           "has stalled deals or takes far longer than the team. Select a cell to see its deals "
           "and write the rep a coaching note."),
        this);
    intro->setWordWrap(true);
    m_grid = new QTableView(this);
    m_grid->setObjectName(QStringLiteral("coachingGrid"));
    m_grid->setAccessibleName(tr("Coaching grid"));
    m_grid->setSelectionMode(QAbstractItemView::SingleSelection);
    m_grid->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_grid->setWordWrap(true);
    m_grid->setItemDelegate(new CellDelegate(m_grid));
    m_grid->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_grid->horizontalHeader()->setMinimumSectionSize(fontMetrics().averageCharWidth() * 20);
    m_grid->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_empty = new QLabel(tr("No open deals to coach on yet. Deals that reps own in an open stage "
                            "appear here."),
                         this);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->hide();

    // The selected cell's deals.
    auto *dealsPart = new QWidget(this);
    m_dealsHeading = heading(dealsPart);
    m_deals = new QTreeWidget(dealsPart);
    m_deals->setObjectName(QStringLiteral("coachingDeals"));
    m_deals->setAccessibleName(tr("Deals of the selected cell"));
    m_deals->setRootIsDecorated(false);
    m_deals->setAlternatingRowColors(true);
    m_deals->setHeaderLabels(
        {tr("Opportunity"), tr("Days in stage"), tr("Activities"), tr("Stalled"), tr("Override")});
    m_deals->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_deals->header()->setStretchLastSection(false);
    for (int c = 1; c < 5; ++c)
        m_deals->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_deals->setToolTip(tr("Double-click a deal to open it on the board."));
    connect(m_deals, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        Q_EMIT openOpportunityRequested(item->data(0, Qt::UserRole).toLongLong());
    });
    connect(m_deals, &QTreeWidget::itemSelectionChanged, this, [this] {
        const auto selected = m_deals->selectedItems();
        if (!selected.isEmpty())
            m_noteDeal->setCurrentIndex(
                std::max(0, m_noteDeal->findData(selected.first()->data(0, Qt::UserRole))));
    });
    auto *dealsLayout = new QVBoxLayout(dealsPart);
    dealsLayout->setContentsMargins(0, 0, 0, 0);
    dealsLayout->addWidget(m_dealsHeading);
    dealsLayout->addWidget(m_deals, 1);

    // The rep's notes, and a new one.
    auto *notesPart = new QWidget(this);
    m_notesHeading = heading(notesPart);
    m_notes = new QTreeWidget(notesPart);
    m_notes->setObjectName(QStringLiteral("coachingNotes"));
    m_notes->setAccessibleName(tr("Coaching notes of the selected rep"));
    m_notes->setRootIsDecorated(false);
    m_notes->setAlternatingRowColors(true);
    m_notes->setWordWrap(true);
    m_notes->setHeaderLabels({tr("Note"), tr("Opportunity"), tr("Follow up"), tr("Read")});
    m_notes->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_notes->header()->setStretchLastSection(false);
    for (int c = 1; c < 4; ++c)
        m_notes->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_noteDeal = new QComboBox(notesPart);
    m_noteDeal->setObjectName(QStringLiteral("noteDeal"));
    m_noteDeal->setAccessibleName(tr("What the note is about"));
    m_noteText = new QPlainTextEdit(notesPart);
    m_noteText->setObjectName(QStringLiteral("noteText"));
    m_noteText->setAccessibleName(tr("Coaching note"));
    m_noteText->setPlaceholderText(tr("What to try, what went well, what to look at together…"));
    m_noteText->setTabChangesFocus(true);
    m_noteText->setMaximumHeight(fontMetrics().height() * 5);
    connect(m_noteText, &QPlainTextEdit::textChanged, this, &CoachingView::updateForm);
    m_followUpOn = new QCheckBox(tr("Follow up on"), notesPart);
    m_followUpOn->setObjectName(QStringLiteral("followUpOn"));
    m_followUp = new QDateEdit(QDate::currentDate().addDays(7), notesPart);
    m_followUp->setCalendarPopup(true);
    m_followUp->setLocale(displayLocale());
    m_followUp->setDisplayFormat(displayLocale().dateFormat(QLocale::ShortFormat));
    m_followUp->setAccessibleName(tr("Follow-up date"));
    m_followUp->setEnabled(false);
    connect(m_followUpOn, &QCheckBox::toggled, m_followUp, &QWidget::setEnabled);
    m_add = new QPushButton(tr("&Add Note"), notesPart);
    m_add->setObjectName(QStringLiteral("addNote"));
    connect(m_add, &QPushButton::clicked, this, &CoachingView::addNote);
    m_remove = new QPushButton(tr("Remove Note"), notesPart);
    m_remove->setObjectName(QStringLiteral("removeNote"));
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const auto selected = m_notes->selectedItems();
        if (!m_workspace || selected.isEmpty())
            return;
        if (auto ok = m_workspace->coachingService().removeNote(
                selected.first()->data(0, Qt::UserRole).toLongLong());
            !ok)
            Q_EMIT errorOccurred(ok.error().message);
    });
    connect(m_notes, &QTreeWidget::itemSelectionChanged, this, &CoachingView::updateForm);
    m_who = new QLabel(notesPart);
    m_who->setWordWrap(true);
    auto *followRow = new QHBoxLayout;
    followRow->addWidget(m_followUpOn);
    followRow->addWidget(m_followUp);
    followRow->addStretch();
    followRow->addWidget(m_remove);
    followRow->addWidget(m_add);
    auto *notesLayout = new QVBoxLayout(notesPart);
    notesLayout->setContentsMargins(0, 0, 0, 0);
    notesLayout->addWidget(m_notesHeading);
    notesLayout->addWidget(m_notes, 1);
    notesLayout->addWidget(m_noteDeal);
    notesLayout->addWidget(m_noteText);
    notesLayout->addLayout(followRow);
    notesLayout->addWidget(m_who);

    auto *bottom = new QSplitter(Qt::Horizontal, this);
    bottom->setChildrenCollapsible(false);
    bottom->addWidget(dealsPart);
    bottom->addWidget(notesPart);
    // The deals' titles need the room more than the notes' form.
    bottom->setStretchFactor(0, 3);
    bottom->setStretchFactor(1, 2);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(QStringLiteral("coachingSplit"));
    split->setChildrenCollapsible(false);
    auto *gridPart = new QWidget(this);
    auto *gridLayout = new QVBoxLayout(gridPart);
    gridLayout->setContentsMargins(0, 0, 0, 0);
    gridLayout->addWidget(m_empty);
    gridLayout->addWidget(m_grid, 1);
    split->addWidget(gridPart);
    split->addWidget(bottom);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(split, 1);
    showSelected();
}

CoachingView::~CoachingView()
{
    m_grid->setModel(nullptr);
}

void CoachingView::setWorkspace(Workspace *workspace)
{
    for (const QMetaObject::Connection &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    m_grid->setModel(nullptr);
    m_model.reset();
    m_workspace = workspace;
    m_dirty = true;
    if (!workspace) {
        showSelected();
        return;
    }
    m_model = std::make_unique<CoachingModel>(workspace->coachingService());
    m_grid->setModel(m_model.get());
    connect(m_grid->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CoachingView::showSelected);
    BoardService &board = workspace->boardService();
    // Any change to a deal, here or elsewhere, may change a cell: read again when shown.
    m_connections = {
        connect(&board, &BoardService::changed, this, &CoachingView::scheduleRefresh),
        connect(&board, &BoardService::changedElsewhere, this, &CoachingView::scheduleRefresh),
        connect(&board, &BoardService::reloaded, this, &CoachingView::scheduleRefresh),
        connect(&board, &BoardService::pipelineChanged, this, &CoachingView::scheduleRefresh),
        connect(&board, &BoardService::checksChanged, this, &CoachingView::scheduleRefresh),
        connect(&workspace->coachingService(), &CoachingService::changed, this,
                &CoachingView::refreshNotes),
    };
    if (isVisible())
        refreshNow();
    actingUserChanged();
}

void CoachingView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_dirty)
        QTimer::singleShot(0, this, &CoachingView::refreshNow);
}

void CoachingView::scheduleRefresh()
{
    m_dirty = true;
    if (isVisible())
        m_refreshTimer->start();
}

void CoachingView::refreshNow()
{
    m_refreshTimer->stop();
    if (!m_model)
        return;
    m_dirty = false;
    if (auto ok = m_model->refresh(); !ok)
        Q_EMIT errorOccurred(ok.error().message);
    m_grid->resizeRowsToContents();
    m_empty->setVisible(m_model->rowCount() == 0 || m_model->columnCount() == 0);
    m_grid->setVisible(!m_empty->isVisible());
    showSelected();
}

qint64 CoachingView::selectedRep() const
{
    const QModelIndexList selected =
        m_grid->selectionModel() ? m_grid->selectionModel()->selectedIndexes() : QModelIndexList();
    return m_model && !selected.isEmpty() ? m_model->repId(selected.first().row()) : 0;
}

void CoachingView::showSelected()
{
    m_deals->clear();
    const QModelIndexList selected =
        m_grid->selectionModel() ? m_grid->selectionModel()->selectedIndexes() : QModelIndexList();
    const QModelIndex current = selected.value(0);
    const qint64 dealKept = m_noteDeal->currentData().toLongLong();
    m_noteDeal->clear();
    if (!m_model || !current.isValid()) {
        m_dealsHeading->setText(tr("Select a cell to see its deals."));
        refreshNotes();
        return;
    }
    BoardService &board = m_workspace->boardService();
    const qint64 rep = m_model->repId(current.row());
    const qint64 stageId = m_model->stageId(current.column());
    const Stage *stage = board.gateEngine().stage(stageId);
    m_noteDeal->addItem(tr("About %1's work in general").arg(board.userName(rep)), 0);
    const auto ids = m_workspace->coaching().dealsOf(rep, stageId);
    if (!ids) {
        Q_EMIT errorOccurred(ids.error().message);
        return;
    }
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const int activities = stage ? int(board.gateEngine().activities(stageId).size()) : 0;
    const QLocale locale = displayLocale();
    for (qint64 id : *ids) {
        const auto deal = board.opportunities().constFind(id);
        if (deal == board.opportunities().cend())
            continue; // not on this board (another pipeline's filter)
        const qint64 days = (now - deal->enteredStageAt) / 86400;
        const bool stalled = stage && stage->rotDays && days > *stage->rotDays;
        auto *item = new QTreeWidgetItem(
            m_deals,
            {deal->title, locale.toString(days),
             activities ? tr("%1 of %2").arg(deal->activitiesDone).arg(activities) : tr("none"),
             stalled ? tr("Stalled") : QString(),
             deal->overrideReason.isEmpty() ? QString() : deal->overrideReason});
        item->setData(0, Qt::UserRole, id);
        if (stalled)
            item->setForeground(3, Colors::warning());
        const QString account = board.accountName(deal->accountId);
        m_noteDeal->addItem(account.isEmpty() ? tr("About %1").arg(deal->title)
                                              : tr("About %1 (%2)").arg(deal->title, account),
                            id);
    }
    m_noteDeal->setCurrentIndex(std::max(0, m_noteDeal->findData(dealKept)));
    m_dealsHeading->setText(
        tr("%1 in %2: %n open deal(s), the longest in the stage first", nullptr, int(ids->size()))
            .arg(board.userName(rep), stage ? stage->name : QString()));
    refreshNotes();
}

void CoachingView::refreshNotes()
{
    m_notes->clear();
    const qint64 rep = selectedRep();
    if (!m_workspace || rep == 0) {
        m_notesHeading->setText(tr("Coaching notes"));
        updateForm();
        return;
    }
    BoardService &board = m_workspace->boardService();
    // Between a rep and their managers: a rep reads their own notes only (as the server says).
    if (!m_workspace->coachingService().canCoach() && rep != board.currentUserId()) {
        m_notesHeading->setText(
            tr("Coaching notes are between %1 and their managers.").arg(board.userName(rep)));
        updateForm();
        return;
    }
    const auto notes = m_workspace->coaching().notes(rep, false);
    if (!notes) {
        Q_EMIT errorOccurred(notes.error().message);
        return;
    }
    for (const CoachingNote &n : *notes) {
        const auto deal = board.opportunities().constFind(n.opportunityId);
        auto *item = new QTreeWidgetItem(
            m_notes, {n.text, deal != board.opportunities().cend() ? deal->title : QString(),
                      n.followUp.isValid() ? formatDate(n.followUp, displayLocale()) : QString(),
                      n.isRead() ? tr("Read") : tr("Not yet")});
        item->setData(0, Qt::UserRole, n.id);
        item->setToolTip(
            0, tr("%1, %2").arg(board.userName(n.authorId),
                                formatDateTime(QDateTime::fromSecsSinceEpoch(n.createdAt))));
    }
    m_notesHeading->setText(
        notes->isEmpty()
            ? tr("Coaching notes to %1: none yet.").arg(board.userName(rep))
            : tr("Coaching notes to %1 (%2)").arg(board.userName(rep)).arg(notes->size()));
    updateForm();
}

void CoachingView::actingUserChanged()
{
    refreshNotes();
}

void CoachingView::updateForm()
{
    const bool mayCoach = m_workspace && m_workspace->coachingService().canCoach();
    const bool cell = selectedRep() != 0;
    for (QWidget *w : {static_cast<QWidget *>(m_noteDeal), static_cast<QWidget *>(m_noteText),
                       static_cast<QWidget *>(m_followUpOn)})
        w->setEnabled(mayCoach && cell);
    m_followUp->setEnabled(mayCoach && cell && m_followUpOn->isChecked());
    m_add->setEnabled(mayCoach && cell && !m_noteText->toPlainText().trimmed().isEmpty());
    m_remove->setEnabled(mayCoach && !m_notes->selectedItems().isEmpty());
    m_who->setText(!m_workspace ? QString()
                   : !mayCoach  ? tr("Only a manager or an admin writes coaching notes.")
                   : !cell      ? tr("Select a cell to write its rep a note.")
                                : tr("The rep finds the note on their agenda."));
}

void CoachingView::addNote()
{
    const qint64 rep = selectedRep();
    if (!m_workspace || rep == 0)
        return;
    auto added = m_workspace->coachingService().addNote(
        rep, m_noteDeal->currentData().toLongLong(), m_noteText->toPlainText(),
        m_followUpOn->isChecked() ? m_followUp->date() : QDate());
    if (!added) {
        Q_EMIT errorOccurred(added.error().message);
        return;
    }
    m_noteText->clear();
    m_followUpOn->setChecked(false);
    Q_EMIT noteAdded(
        tr("Coaching note written to %1.").arg(m_workspace->boardService().userName(rep)));
}

} // namespace Stageboard
