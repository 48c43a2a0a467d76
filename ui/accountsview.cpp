// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "accountsview.h"

#include "accountdialog.h"
#include "activityflow.h"
#include "colors.h"
#include "core/money.h"
#include "csvactions.h"
#include "emptystate.h"
#include "itemmodels/accountlistmodel.h"
#include "recordtable.h"
#include "services/boardservice.h"
#include "storage/contactstore.h"
#include "storage/directory.h"
#include "storage/forecaststore.h"
#include "storage/territorystore.h"
#include "workspace/workspace.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QSettings>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace Stageboard {

namespace {
const QString headerKey = QStringLiteral("accounts/header");
constexpr qint64 allTerritories = -1;
const QString allTiers = QStringLiteral("*");

// An account overdue for contact shows its last activity in the warning colour, a next
// activity whose time has passed too.
class CoverageDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        const int role = index.column() == AccountListModel::LastActivityColumn
                             ? AccountListModel::OverdueRole
                         : index.column() == AccountListModel::NextActivityColumn
                             ? AccountListModel::NextLateRole
                             : -1;
        if (role >= 0 && index.data(role).toBool()) {
            option->palette.setColor(QPalette::Text, Colors::warning());
            option->font.setBold(true);
        }
    }
};
} // namespace

AccountsView::AccountsView(QWidget *parent)
    : QWidget(parent)
{
    m_newAccount = new QAction(tr("&New Account…"), this);
    m_newAccount->setObjectName(QStringLiteral("newAccount"));
    m_newAccount->setToolTip(tr("Add a company you sell to"));
    connect(m_newAccount, &QAction::triggered, this, &AccountsView::newAccount);
    m_export = new QAction(tr("E&xport Accounts…"), this);
    m_export->setObjectName(QStringLiteral("exportAccounts"));
    m_export->setToolTip(tr("The accounts the list shows, with their figures, as CSV"));
    connect(m_export, &QAction::triggered, this, &AccountsView::exportShown);
    m_scheduleCall = new QAction(tr("Schedule &Call…"), this);
    m_scheduleCall->setObjectName(QStringLiteral("scheduleAccountCall"));
    m_scheduleCall->setToolTip(tr("Plan a call with someone at the selected account"));
    connect(m_scheduleCall, &QAction::triggered, this, &AccountsView::scheduleCall);
    m_clearFilters = new QAction(tr("&Show All Accounts"), this);
    connect(m_clearFilters, &QAction::triggered, this, [this] {
        const QSignalBlocker a(m_territory), b(m_owner), c(m_tier), d(m_overdue);
        m_search->clear();
        m_territory->setCurrentIndex(0);
        m_owner->setCurrentIndex(0);
        m_tier->setCurrentIndex(0);
        m_overdue->setChecked(false);
        applyFilters();
    });

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("accountSearch"));
    m_search->setPlaceholderText(tr("Search name, industry, territory, owner or country"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search accounts"));
    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(150);
    connect(m_searchTimer, &QTimer::timeout, this, &AccountsView::applyFilters);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    const auto combo = [this](const char *name, const QString &accessible) {
        auto *box = new QComboBox(this);
        box->setObjectName(QLatin1StringView(name));
        box->setAccessibleName(accessible);
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        return box;
    };
    m_territory = combo("accountTerritoryFilter", tr("Territory"));
    m_owner = combo("accountOwnerFilter", tr("Owner"));
    m_tier = combo("accountTierFilter", tr("Tier"));
    m_tier->addItem(tr("All tiers"), allTiers);
    for (AttentionTier tier : {AttentionTier::A, AttentionTier::B, AttentionTier::C})
        m_tier->addItem(tr("Tier %1").arg(tierKey(tier)), tierKey(tier));
    m_tier->addItem(tr("No tier"), QString());
    m_overdue = new QCheckBox(tr("&Overdue for contact"), this);
    m_overdue->setObjectName(QStringLiteral("accountOverdueFilter"));
    m_overdue->setToolTip(tr("Only the accounts nobody has been in touch with within their "
                             "tier's interval"));
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("accountCount"));
    // The search box keeps its width as the count changes.
    m_count->setMinimumWidth(
        fontMetrics().horizontalAdvance(tr("%1 of %n account(s)", nullptr, 888888).arg(888888)) +
        8);
    m_count->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    // The search and what to do on one row, what narrows the list on the next: both fit a
    // small window in every language.
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_search, 1);
    bar->addWidget(m_count);
    addActionButtons(bar, {m_scheduleCall, m_newAccount, m_export}, this);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_territory);
    filters->addWidget(m_owner);
    filters->addWidget(m_tier);
    filters->addWidget(m_overdue);
    filters->addStretch(1);

    m_view = recordTable(this, QStringLiteral("accounts"), tr("Accounts"));
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        openAccount(index.data(AccountListModel::IdRole).toLongLong());
    });
    auto *open = new QAction(tr("&Edit Account…"), this);
    connect(open, &QAction::triggered, this, [this] {
        if (const qint64 id = selectedId())
            openAccount(id);
    });
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->addActions({open, m_scheduleCall, m_newAccount, m_export});
    m_view->setItemDelegate(new CoverageDelegate(m_view));
    m_empty = new EmptyState(m_view);
    m_empty->setObjectName(QStringLiteral("accountsEmptyState"));
    m_empty->hide();

    // Deals that change on the board read their accounts again, a few at a time.
    m_changedTimer = new QTimer(this);
    m_changedTimer->setSingleShot(true);
    m_changedTimer->setInterval(250);
    connect(m_changedTimer, &QTimer::timeout, this, [this] {
        if (!m_model || m_changed.isEmpty())
            return;
        const QList<qint64> ids(m_changed.cbegin(), m_changed.cend());
        m_changed.clear();
        if (auto ok = m_model->reloadAccounts(ids, QDateTime::currentSecsSinceEpoch()); !ok)
            Q_EMIT errorOccurred(ok.error().message);
        updateState();
    });

    for (QComboBox *box : {m_territory, m_owner, m_tier})
        connect(box, &QComboBox::currentIndexChanged, this, &AccountsView::applyFilters);
    connect(m_overdue, &QCheckBox::toggled, this, &AccountsView::applyFilters);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    updateState();
}

AccountsView::~AccountsView()
{
    if (m_model)
        QSettings().setValue(headerKey, m_view->horizontalHeader()->saveState());
    m_view->setModel(nullptr);
}

void AccountsView::setWorkspace(Workspace *workspace)
{
    if (m_model)
        QSettings().setValue(headerKey, m_view->horizontalHeader()->saveState());
    m_view->setModel(nullptr);
    m_filter.reset();
    m_model.reset();
    m_changed.clear();
    m_workspace = workspace;
    m_stale = true;
    if (!workspace) {
        fillFilters();
        updateState();
        return;
    }
    m_model = std::make_unique<AccountListModel>(workspace->accounts());
    m_filter = std::make_unique<AccountFilterModel>(*m_model);
    m_model->setCurrency(workspace->forecast().reportingCurrency().value_or(QString()));
    m_model->setTierIntervals(workspace->territories().tierIntervals().value_or(TierIntervals{}));
    m_view->setModel(m_filter.get());
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &AccountsView::updateState);
    QHeaderView *header = m_view->horizontalHeader();
    const QFontMetrics fm = fontMetrics();
    const int letter = fm.horizontalAdvance(QStringLiteral("M"));
    const int money = fm.horizontalAdvance(QStringLiteral("$00,000,000")) + 12;
    // The widest date of the language: a two-digit day and month.
    const int moment = fm.horizontalAdvance(formatDate(QDate(2026, 12, 28))) + 16;
    // Room for a usual territory and owner name; the account's name takes what is left.
    const int widths[AccountListModel::ColumnCount] = {letter * 13,
                                                       letter * 10,
                                                       letter * 12,
                                                       letter * 10,
                                                       fm.horizontalAdvance(QStringLiteral("MM")),
                                                       money,
                                                       money,
                                                       money,
                                                       money,
                                                       moment,
                                                       moment,
                                                       fm.horizontalAdvance(QStringLiteral("000"))};
    header->setStretchLastSection(false);
    for (int c = 0; c < AccountListModel::ColumnCount; ++c) {
        // Wide enough for its heading, whatever the language
        const int heading =
            fm.horizontalAdvance(m_model->headerData(c, Qt::Horizontal).toString()) + 28;
        header->resizeSection(c, std::max(widths[c], heading));
    }
    // The name takes the room left.
    header->setSectionResizeMode(AccountListModel::NameColumn, QHeaderView::Stretch);
    header->setSortIndicator(AccountListModel::NameColumn, Qt::AscendingOrder);
    header->restoreState(QSettings().value(headerKey).toByteArray());
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(std::max(0, header->sortIndicatorSection()), header->sortIndicatorOrder());
    for (QAbstractItemModel *model : {static_cast<QAbstractItemModel *>(m_filter.get())}) {
        connect(model, &QAbstractItemModel::modelReset, this, &AccountsView::updateState);
        connect(model, &QAbstractItemModel::rowsInserted, this, &AccountsView::updateState);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &AccountsView::updateState);
    }
    // What others change is read when the list is in sight; a deal moved here reads only its
    // account.
    const auto later = [this] {
        m_stale = true;
        if (isVisible())
            QTimer::singleShot(0, this, [this] {
                if (m_stale && isVisible())
                    refresh();
            });
    };
    connect(workspace, &Workspace::accountsChangedElsewhere, this, [this, later] {
        if (auto intervals = m_workspace->territories().tierIntervals())
            m_model->setTierIntervals(*intervals);
        fillFilters();
        later();
    });
    connect(workspace, &Workspace::contactsChangedElsewhere, this, later);
    connect(workspace, &Workspace::engagementsChangedElsewhere, this, later);
    BoardService &board = workspace->boardService();
    connect(&board, &BoardService::reset, this, later);
    connect(
        &board, &BoardService::changed, this,
        [this](const std::optional<Opportunity> &before, const std::optional<Opportunity> &after) {
            if (before && before->accountId)
                dealsChanged(before->accountId);
            if (after && after->accountId)
                dealsChanged(after->accountId);
        });
    connect(&board, &BoardService::usersChanged, this, [this, later] {
        fillFilters();
        later();
    });
    fillFilters();
    if (isVisible())
        refresh();
    updateState();
}

void AccountsView::setUser(qint64)
{
    // "Mine" is the person acting now.
    fillFilters();
}

void AccountsView::setActivityFlow(ActivityFlow *flow)
{
    m_flow = flow;
    // An activity planned or done elsewhere here (the agenda, a deal's panel) moves an
    // account's last or next activity: read again when next in sight.
    connect(flow, &ActivityFlow::changed, this, [this] {
        m_stale = true;
        if (isVisible())
            refresh();
    });
}

void AccountsView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale && m_model)
        refresh();
}

void AccountsView::dealsChanged(qint64 accountId)
{
    if (!m_model)
        return;
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    m_changed.insert(accountId);
    m_changedTimer->start();
}

void AccountsView::fillFilters()
{
    const QSignalBlocker a(m_territory), b(m_owner);
    const qint64 territory = m_territory->currentData().isValid()
                                 ? m_territory->currentData().toLongLong()
                                 : allTerritories;
    const qint64 owner = m_owner->currentData().toLongLong();
    m_territory->clear();
    m_owner->clear();
    m_territory->addItem(tr("All territories"), allTerritories);
    m_owner->addItem(tr("Anyone's"), qint64(0));
    if (m_workspace) {
        m_territory->addItem(tr("No territory"), qint64(0));
        if (const auto territories = m_workspace->territories().territories())
            addTerritoryItems(m_territory, *territories);
        else
            Q_EMIT errorOccurred(territories.error().message);
        const qint64 me = m_workspace->boardService().currentUserId();
        if (const auto users = m_workspace->directory().users()) {
            for (const User &u : *users) {
                if (u.id == me)
                    m_owner->insertItem(1, tr("Mine (%1)").arg(u.name), u.id);
                else if (u.active)
                    m_owner->addItem(u.name, u.id);
            }
        }
    }
    m_territory->setCurrentIndex(std::max(0, m_territory->findData(territory)));
    m_owner->setCurrentIndex(std::max(0, m_owner->findData(owner)));
    applyFilters();
}

void AccountsView::applyFilters()
{
    if (!m_filter) {
        updateState();
        return;
    }
    m_filter->setSearch(m_search->text());
    const qint64 territory = m_territory->currentData().toLongLong();
    if (territory == allTerritories || !m_workspace) {
        m_filter->setTerritories({});
    } else if (territory == 0) {
        m_filter->setTerritories({0});
    } else {
        const auto territories = m_workspace->territories().territories();
        m_filter->setTerritories(territories ? territoryAndBelow(*territories, territory)
                                             : QList<qint64>{territory});
    }
    m_filter->setOwner(m_owner->currentData().toLongLong());
    m_filter->setOverdueOnly(m_overdue->isChecked());
    const QString tier = m_tier->currentData().toString();
    m_filter->setTier(tier == allTiers
                          ? std::nullopt
                          : std::optional(tierFromKey(tier).value_or(AttentionTier::None)));
    updateState();
}

void AccountsView::refresh()
{
    if (!m_model)
        return;
    m_stale = false;
    // The territories and tiers may have changed too (Process ▸ Territories…, elsewhere).
    if (auto intervals = m_workspace->territories().tierIntervals())
        m_model->setTierIntervals(*intervals);
    fillFilters();
    m_changed.clear();
    if (auto ok = m_model->reload(QDateTime::currentSecsSinceEpoch()); !ok)
        Q_EMIT errorOccurred(ok.error().message);
    updateState();
}

void AccountsView::updateState()
{
    const int all = m_model ? m_model->rowCount() : 0;
    const int shown = m_filter ? m_filter->rowCount() : 0;
    if (!m_model)
        m_count->clear();
    else if (shown == all)
        m_count->setText(tr("%n account(s)", nullptr, all));
    else
        m_count->setText(tr("%1 of %n account(s)", nullptr, all).arg(shown));
    m_newAccount->setEnabled(m_model != nullptr);
    m_export->setEnabled(shown > 0);
    m_scheduleCall->setEnabled(shown > 0 && m_view->currentIndex().isValid());
    for (QWidget *w :
         std::initializer_list<QWidget *>{m_search, m_territory, m_owner, m_tier, m_overdue})
        w->setEnabled(m_model != nullptr);
    if (!m_model || shown > 0) {
        m_empty->hide();
        return;
    }
    if (all == 0) {
        m_empty->setMessage(tr("No accounts yet"),
                            tr("Add the companies you sell to with New Account…; accounts are "
                               "also made as deals and contacts are imported."));
        m_empty->setActions({m_newAccount});
    } else {
        const QString words = m_search->text().simplified();
        const bool narrowed = m_territory->currentIndex() > 0 || m_owner->currentIndex() > 0 ||
                              m_tier->currentIndex() > 0 || m_overdue->isChecked();
        m_empty->setMessage(
            words.isEmpty() ? tr("No account matches these filters")
                            : tr("No account matches “%1”").arg(words),
            narrowed ? tr("Try fewer words or another territory, owner or tier; Show All "
                          "Accounts clears them all.")
                     : tr("Look for part of a name, industry, territory, owner or country."));
        m_empty->setActions({m_clearFilters});
    }
    m_empty->show();
}

qint64 AccountsView::selectedId() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.data(AccountListModel::IdRole).toLongLong() : 0;
}

void AccountsView::openAccount(qint64 id)
{
    if (!m_workspace)
        return;
    Account account;
    // A new account is looked after by whoever adds it.
    account.ownerId = m_workspace->boardService().currentUserId();
    if (id) {
        auto found = m_workspace->accounts().account(id);
        if (!found || !*found) {
            Q_EMIT errorOccurred(!found ? found.error().message
                                        : tr("The account %1 does not exist any more.").arg(id));
            return;
        }
        account = **found;
    }
    AccountDialog dialog(*m_workspace, account, this);
    if (const int row = id ? m_model->rowOf(id) : -1; row >= 0)
        dialog.setSuggestedTier(m_model->suggestedTier(row));
    if (dialog.exec() != QDialog::Accepted)
        return;
    const qint64 saved = dialog.account().id;
    if (id) {
        if (auto ok = m_model->reloadAccounts({saved}, QDateTime::currentSecsSinceEpoch()); !ok)
            Q_EMIT errorOccurred(ok.error().message);
    } else {
        refresh();
    }
    const int row = m_model->rowOf(saved);
    if (row < 0)
        return;
    const QModelIndex shown = m_filter->mapFromSource(m_model->index(row, 0));
    if (shown.isValid()) {
        m_view->setCurrentIndex(shown);
        m_view->scrollTo(shown);
    }
}

void AccountsView::scheduleCall()
{
    const qint64 id = selectedId();
    if (!m_workspace || !m_flow || !id)
        return;
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    const Account account = m_model->summary(row).account;
    auto people = m_workspace->contacts().contacts(id);
    if (!people) {
        Q_EMIT errorOccurred(people.error().message);
        return;
    }
    if (people->isEmpty()) {
        QMessageBox::information(
            this, tr("Schedule Call"),
            tr("Nobody at %1 to call yet. Add a contact there first (Contacts ▸ New Contact…); "
               "a call is planned with a person, so that it counts as the account's contact.")
                .arg(account.name));
        return;
    }
    // The first person (by name); the dialog's subject says who, to be changed there.
    const Contact &with = people->constFirst();
    const QString subject = tr("Call %1 (%2)").arg(with.name, account.name);
    if (!m_flow->planCall(with, subject, account.ownerId))
        return;
    if (auto ok = m_model->reloadAccounts({id}, QDateTime::currentSecsSinceEpoch()); !ok)
        Q_EMIT errorOccurred(ok.error().message);
    updateState();
}

void AccountsView::exportShown()
{
    if (!m_workspace || !m_filter)
        return;
    QList<AccountSummary> rows;
    rows.reserve(m_filter->rowCount());
    for (int r = 0; r < m_filter->rowCount(); ++r)
        rows.append(m_model->summary(m_filter->mapToSource(m_filter->index(r, 0)).row()));
    CsvActions::exportAccounts(window(), rows);
}

} // namespace Stageboard
