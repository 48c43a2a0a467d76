// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "territoriesdialog.h"

#include "accountdialog.h"
#include "colors.h"
#include "recordtable.h"
#include "services/territoryrules.h"
#include "storage/directory.h"
#include "storage/territorystore.h"
#include "workspace/workspace.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>
#include <QSpinBox>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Stageboard {

namespace {

QTreeWidget *table(const QStringList &headers, const char *name, QWidget *parent)
{
    QTreeWidget *list = recordList(headers, parent);
    list->setObjectName(QLatin1StringView(name));
    return list;
}

} // namespace

TerritoriesDialog::TerritoriesDialog(Workspace &workspace, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
{
    setWindowTitle(tr("Territories"));
    m_users = workspace.directory().users().value_or(QList<User>{});

    // The tree and the selected territory
    m_tree = table({tr("Territory"), tr("Owner"), tr("Accounts")}, "territoryTree", this);
    m_tree->setAccessibleName(tr("Territories"));
    m_tree->setRootIsDecorated(true);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &TerritoriesDialog::showSelected);
    const auto ask = [this](bool inside) {
        bool ok = false;
        const QString name =
            QInputDialog::getText(this, inside ? tr("Add Territory Inside") : tr("Add Territory"),
                                  tr("Name of the territory:"), QLineEdit::Normal, QString(), &ok);
        if (ok && !name.trimmed().isEmpty())
            addTerritory(name, inside ? selectedId() : 0);
    };
    auto *add = new QPushButton(tr("&Add…"), this);
    add->setObjectName(QStringLiteral("addTerritory"));
    add->setToolTip(tr("A territory at the top, such as a region"));
    connect(add, &QPushButton::clicked, this, [ask] { ask(false); });
    auto *addInside = new QPushButton(tr("Add &Inside…"), this);
    addInside->setObjectName(QStringLiteral("addTerritoryInside"));
    addInside->setToolTip(tr("A territory inside the selected one"));
    connect(addInside, &QPushButton::clicked, this, [ask] { ask(true); });
    m_remove = new QPushButton(tr("&Remove…"), this);
    m_remove->setObjectName(QStringLiteral("removeTerritory"));
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const QTreeWidgetItem *item = m_tree->currentItem();
        if (!item)
            return;
        const auto answer = QMessageBox::question(
            this, tr("Remove Territory"),
            tr("Remove %1? Its accounts and the territories in it move to the territory it is "
               "in (at the top: to none); its rules go.")
                .arg(item->text(0)),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer == QMessageBox::Yes)
            removeSelected();
    });
    auto *treeButtons = new QHBoxLayout;
    treeButtons->addWidget(add);
    treeButtons->addWidget(addInside);
    treeButtons->addWidget(m_remove);
    treeButtons->addStretch(1);

    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("territoryName"));
    connect(m_name, &QLineEdit::editingFinished, this, &TerritoriesDialog::saveSelected);
    m_parent = new QComboBox(this);
    m_parent->setObjectName(QStringLiteral("territoryParent"));
    m_owner = new QComboBox(this);
    m_owner->setObjectName(QStringLiteral("territoryOwner"));
    m_owner->addItem(tr("(nobody)"), qint64(0));
    for (const User &u : std::as_const(m_users)) {
        if (u.active)
            m_owner->addItem(u.name, u.id);
    }
    for (QComboBox *box : {m_parent, m_owner}) {
        connect(box, &QComboBox::activated, this, &TerritoriesDialog::saveSelected);
    }
    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("In&side:"), m_parent);
    form->addRow(tr("&Owner:"), m_owner);

    auto *intervals = new QGroupBox(tr("Contact intervals"), this);
    auto *intervalForm = new QFormLayout(intervals);
    const TierIntervals days = workspace.territories().tierIntervals().value_or(TierIntervals{});
    const int values[] = {days.a, days.b, days.c};
    for (int i = 0; i < 3; ++i) {
        m_days[i] = new QSpinBox(this);
        m_days[i]->setObjectName(QStringLiteral("tierDays%1").arg(QChar(u'A' + i)));
        m_days[i]->setRange(1, 3650);
        m_days[i]->setValue(values[i]);
        m_days[i]->setSuffix(tr(" days"));
        connect(m_days[i], &QSpinBox::editingFinished, this, &TerritoriesDialog::saveIntervals);
        intervalForm->addRow(tr("Tier %1, in touch every:").arg(QChar(u'A' + i)), m_days[i]);
    }
    auto *intervalNote = new QLabel(
        tr("An account not contacted within its tier's interval is overdue for contact."), this);
    intervalNote->setWordWrap(true);
    intervalForm->addRow(intervalNote);

    auto *right = new QVBoxLayout;
    right->addLayout(form);
    right->addWidget(intervals);
    right->addStretch(1);
    auto *left = new QVBoxLayout;
    left->addWidget(m_tree, 1);
    left->addLayout(treeButtons);
    auto *territoriesPage = new QWidget(this);
    auto *columns = new QHBoxLayout(territoriesPage);
    columns->addLayout(left, 3);
    columns->addLayout(right, 2);

    // The rules
    auto *rulesIntro = new QLabel(
        tr("Each account goes to the territory of the first rule it matches: every field a rule "
           "gives must match (a size band only an account whose head count is known). An "
           "account that matches no rule stays where it is."),
        this);
    rulesIntro->setWordWrap(true);
    m_rules = table({tr("Territory"), tr("Industry"), tr("Country"), tr("Employees")},
                    "territoryRules", this);
    m_rules->setAccessibleName(tr("Rules"));
    connect(m_rules, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const int row = m_rules->indexOfTopLevelItem(item);
        if (row < 0 || row >= m_ruleList.size())
            return;
        QList<TerritoryRule> rules = m_ruleList;
        if (editRule(rules[row]))
            saveRules(rules, row);
    });
    auto *addRuleButton = new QPushButton(tr("Add &Rule…"), this);
    addRuleButton->setObjectName(QStringLiteral("addTerritoryRule"));
    connect(addRuleButton, &QPushButton::clicked, this, [this] {
        TerritoryRule rule;
        rule.territoryId = selectedId();
        if (editRule(rule))
            addRule(rule);
    });
    auto *removeRuleButton = new QPushButton(tr("Remo&ve Rule"), this);
    connect(removeRuleButton, &QPushButton::clicked, this,
            [this] { removeRule(m_rules->indexOfTopLevelItem(m_rules->currentItem())); });
    auto *up = new QPushButton(tr("Move &Up"), this);
    connect(up, &QPushButton::clicked, this,
            [this] { moveRule(m_rules->indexOfTopLevelItem(m_rules->currentItem()), -1); });
    auto *down = new QPushButton(tr("Move &Down"), this);
    connect(down, &QPushButton::clicked, this,
            [this] { moveRule(m_rules->indexOfTopLevelItem(m_rules->currentItem()), 1); });
    m_apply = new QPushButton(tr("A&pply Rules…"), this);
    m_apply->setObjectName(QStringLiteral("applyTerritoryRules"));
    m_apply->setToolTip(tr("Shows which accounts the rules would move, then moves them"));
    connect(m_apply, &QPushButton::clicked, this, &TerritoriesDialog::askToApply);
    auto *ruleButtons = new QHBoxLayout;
    for (QPushButton *b : {addRuleButton, removeRuleButton, up, down})
        ruleButtons->addWidget(b);
    ruleButtons->addStretch(1);
    ruleButtons->addWidget(m_apply);
    auto *rulesPage = new QWidget(this);
    auto *rulesLayout = new QVBoxLayout(rulesPage);
    rulesLayout->addWidget(rulesIntro);
    rulesLayout->addWidget(m_rules, 1);
    rulesLayout->addLayout(ruleButtons);

    auto *tabs = new QTabWidget(this);
    tabs->addTab(territoriesPage, tr("&Territories"));
    tabs->addTab(rulesPage, tr("Assignment r&ules"));

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    Colors::markAsError(m_error);
    m_error->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(std::max(sizeHint().width(), 820), 540);
    fill();
    fillRules();
}

QString TerritoriesDialog::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

void TerritoriesDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

void TerritoriesDialog::clearError()
{
    m_error->hide();
}

qint64 TerritoriesDialog::selectedId() const
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    return item ? item->data(0, Qt::UserRole).toLongLong() : 0;
}

QString TerritoriesDialog::territoryName(qint64 id) const
{
    for (const Territory &t : m_territories) {
        if (t.id == id)
            return t.name;
    }
    return {};
}

QString TerritoriesDialog::userName(qint64 id) const
{
    for (const User &u : m_users) {
        if (u.id == id)
            return u.name;
    }
    return {};
}

void TerritoriesDialog::fill(qint64 select)
{
    m_filling = true;
    m_tree->clear();
    auto read = m_workspace.territories().territories();
    if (!read)
        showError(read.error().message);
    m_territories = read.value_or(QList<Territory>{});
    // A territory counts the accounts of the territories in it too.
    QHash<qint64, int> direct;
    if (const auto all = m_workspace.directory().accounts()) {
        for (const Account &a : *all)
            ++direct[a.territoryId];
    }
    QHash<qint64, int> accounts;
    for (const Territory &t : std::as_const(m_territories)) {
        for (qint64 id : territoryAndBelow(m_territories, t.id))
            accounts[t.id] += direct.value(id);
    }
    QHash<qint64, QTreeWidgetItem *> items;
    for (const Territory &t : std::as_const(m_territories)) {
        QTreeWidgetItem *under = items.value(t.parentId);
        auto *item = under ? new QTreeWidgetItem(under) : new QTreeWidgetItem(m_tree);
        item->setText(0, t.name);
        item->setText(1, userName(t.ownerId));
        item->setText(2, QString::number(accounts.value(t.id)));
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
        item->setData(0, Qt::UserRole, t.id);
        items.insert(t.id, item);
        if (t.id == select)
            m_tree->setCurrentItem(item);
    }
    m_tree->expandAll();
    if (!m_tree->currentItem() && m_tree->topLevelItemCount() > 0)
        m_tree->setCurrentItem(m_tree->topLevelItem(0));
    m_filling = false;
    showSelected();
}

void TerritoriesDialog::showSelected()
{
    if (m_filling)
        return;
    m_filling = true;
    const qint64 id = selectedId();
    Territory selected;
    for (const Territory &t : std::as_const(m_territories)) {
        if (t.id == id)
            selected = t;
    }
    m_name->setText(selected.name);
    // Inside: the top or any territory not inside this one.
    m_parent->clear();
    m_parent->addItem(tr("(at the top)"), qint64(0));
    const QList<qint64> below = id ? territoryAndBelow(m_territories, id) : QList<qint64>{};
    QList<Territory> possible;
    for (const Territory &t : std::as_const(m_territories)) {
        if (!below.contains(t.id))
            possible.append(t);
    }
    addTerritoryItems(m_parent, possible);
    m_parent->setCurrentIndex(std::max(0, m_parent->findData(selected.parentId)));
    m_owner->setCurrentIndex(std::max(0, m_owner->findData(selected.ownerId)));
    for (QWidget *w : std::initializer_list<QWidget *>{m_name, m_parent, m_owner, m_remove})
        w->setEnabled(id != 0);
    m_filling = false;
}

void TerritoriesDialog::saveSelected()
{
    const qint64 id = selectedId();
    if (m_filling || !id)
        return;
    Territory t{id, m_name->text().trimmed(), m_parent->currentData().toLongLong(),
                m_owner->currentData().toLongLong()};
    if (t.name == territoryName(id)) {
        bool same = false;
        for (const Territory &stored : std::as_const(m_territories)) {
            if (stored.id == id)
                same = stored.parentId == t.parentId && stored.ownerId == t.ownerId;
        }
        if (same)
            return;
    }
    auto saved = m_workspace.territories().saveTerritory(t);
    if (!saved) {
        showError(saved.error().message);
        fill(id);
        return;
    }
    clearError();
    m_changed = true;
    fill(id);
    fillRules();
}

bool TerritoriesDialog::addTerritory(const QString &name, qint64 parentId)
{
    auto added = m_workspace.territories().saveTerritory({0, name.trimmed(), parentId, 0});
    if (!added) {
        showError(added.error().message);
        return false;
    }
    clearError();
    m_changed = true;
    fill(*added);
    return true;
}

bool TerritoriesDialog::removeSelected()
{
    const qint64 id = selectedId();
    if (!id)
        return false;
    if (auto ok = m_workspace.territories().removeTerritory(id); !ok) {
        showError(ok.error().message);
        return false;
    }
    clearError();
    m_changed = true;
    fill();
    fillRules();
    return true;
}

void TerritoriesDialog::saveIntervals()
{
    const TierIntervals intervals{m_days[0]->value(), m_days[1]->value(), m_days[2]->value()};
    if (intervals == m_workspace.territories().tierIntervals().value_or(TierIntervals{}))
        return;
    if (auto ok = m_workspace.territories().setTierIntervals(intervals); !ok) {
        showError(ok.error().message);
        return;
    }
    clearError();
    m_changed = true;
}

void TerritoriesDialog::fillRules(int select)
{
    auto read = m_workspace.territories().rules();
    if (!read)
        showError(read.error().message);
    m_ruleList = read.value_or(QList<TerritoryRule>{});
    m_rules->clear();
    const QString any = tr("any");
    for (const TerritoryRule &r : std::as_const(m_ruleList)) {
        auto *item = new QTreeWidgetItem(m_rules);
        item->setText(0, territoryName(r.territoryId));
        item->setText(1, r.industry.isEmpty() ? any : r.industry);
        item->setText(2, r.country.isEmpty() ? any : r.country);
        QString size = any;
        if (r.minEmployees > 0 && r.maxEmployees > 0)
            size = tr("%L1 to %L2").arg(r.minEmployees).arg(r.maxEmployees);
        else if (r.minEmployees > 0)
            size = tr("%L1 or more").arg(r.minEmployees);
        else if (r.maxEmployees > 0)
            size = tr("up to %L1").arg(r.maxEmployees);
        item->setText(3, size);
    }
    if (select >= 0 && select < m_rules->topLevelItemCount())
        m_rules->setCurrentItem(m_rules->topLevelItem(select));
    m_apply->setEnabled(!m_ruleList.isEmpty());
}

bool TerritoriesDialog::saveRules(const QList<TerritoryRule> &rules, int select)
{
    if (auto ok = m_workspace.territories().setRules(rules); !ok) {
        showError(ok.error().message);
        fillRules();
        return false;
    }
    clearError();
    m_changed = true;
    fillRules(select);
    return true;
}

bool TerritoriesDialog::addRule(const TerritoryRule &rule)
{
    QList<TerritoryRule> rules = m_ruleList;
    rules.append(rule);
    return saveRules(rules, int(rules.size()) - 1);
}

bool TerritoriesDialog::removeRule(int row)
{
    if (row < 0 || row >= m_ruleList.size())
        return false;
    QList<TerritoryRule> rules = m_ruleList;
    rules.removeAt(row);
    return saveRules(rules, std::min(row, int(rules.size()) - 1));
}

bool TerritoriesDialog::moveRule(int row, int by)
{
    const int to = row + by;
    if (row < 0 || row >= m_ruleList.size() || to < 0 || to >= m_ruleList.size())
        return false;
    QList<TerritoryRule> rules = m_ruleList;
    rules.move(row, to);
    return saveRules(rules, to);
}

bool TerritoriesDialog::editRule(TerritoryRule &rule)
{
    if (m_territories.isEmpty()) {
        showError(tr("Add a territory first: a rule assigns accounts to one."));
        return false;
    }
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Assignment Rule"));
    auto *territory = new QComboBox(&dialog);
    addTerritoryItems(territory, m_territories);
    territory->setCurrentIndex(std::max(0, territory->findData(rule.territoryId)));
    // The industries and countries the accounts have, to pick from or type anew.
    QStringList industries, countries;
    if (const auto all = m_workspace.directory().accounts()) {
        QSet<QString> seenIndustry, seenCountry;
        for (const Account &a : *all) {
            if (!a.industry.isEmpty() && !seenIndustry.contains(a.industry.toLower())) {
                seenIndustry.insert(a.industry.toLower());
                industries.append(a.industry);
            }
            if (!a.country.isEmpty() && !seenCountry.contains(a.country.toLower())) {
                seenCountry.insert(a.country.toLower());
                countries.append(a.country);
            }
        }
    }
    industries.sort(Qt::CaseInsensitive);
    countries.sort(Qt::CaseInsensitive);
    const auto choice = [&dialog](const QStringList &values, const QString &current) {
        auto *box = new QComboBox(&dialog);
        box->setEditable(true);
        box->addItem(QString());
        box->addItems(values);
        box->setCurrentText(current);
        box->lineEdit()->setPlaceholderText(tr("any"));
        return box;
    };
    QComboBox *industry = choice(industries, rule.industry);
    industry->setObjectName(QStringLiteral("ruleIndustry"));
    QComboBox *country = choice(countries, rule.country);
    country->setObjectName(QStringLiteral("ruleCountry"));
    const auto count = [&dialog](int value) {
        auto *spin = new QSpinBox(&dialog);
        spin->setRange(0, 10'000'000);
        spin->setGroupSeparatorShown(true);
        spin->setSpecialValueText(tr("no bound"));
        spin->setValue(value);
        return spin;
    };
    QSpinBox *least = count(rule.minEmployees);
    QSpinBox *most = count(rule.maxEmployees);
    auto *size = new QHBoxLayout;
    size->addWidget(least, 1);
    size->addWidget(new QLabel(tr("to"), &dialog));
    size->addWidget(most, 1);
    auto *form = new QFormLayout;
    form->addRow(tr("&Territory:"), territory);
    form->addRow(tr("&Industry:"), industry);
    form->addRow(tr("&Country:"), country);
    auto *sizeLabel = new QLabel(tr("&Employees:"), &dialog);
    sizeLabel->setBuddy(least);
    form->addRow(sizeLabel, size);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addLayout(form);
    layout->addWidget(buttons);
    dialog.resize(std::max(dialog.sizeHint().width(), 460), dialog.sizeHint().height());
    if (dialog.exec() != QDialog::Accepted)
        return false;
    rule.territoryId = territory->currentData().toLongLong();
    rule.industry = industry->currentText().trimmed();
    rule.country = country->currentText().trimmed();
    rule.minEmployees = least->value();
    rule.maxEmployees = most->value();
    return true;
}

QList<TerritoryMove> TerritoriesDialog::preview()
{
    const auto accounts = m_workspace.directory().accounts();
    if (!accounts) {
        showError(accounts.error().message);
        return {};
    }
    return previewRules(m_ruleList, *accounts);
}

bool TerritoriesDialog::applyMoves(const QList<TerritoryMove> &moves)
{
    if (auto ok = m_workspace.territories().moveAccounts(moves); !ok) {
        showError(ok.error().message);
        return false;
    }
    clearError();
    m_changed = true;
    fill(selectedId());
    return true;
}

void TerritoriesDialog::askToApply()
{
    const QList<TerritoryMove> moves = preview();
    if (moves.isEmpty()) {
        QMessageBox::information(this, tr("Apply Rules"),
                                 tr("Every account is where the rules put it already; nothing "
                                    "would move."));
        return;
    }
    QHash<qint64, QString> names;
    if (const auto all = m_workspace.directory().accounts()) {
        for (const Account &a : *all)
            names.insert(a.id, a.name);
    }
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Apply Rules"));
    auto *intro =
        new QLabel(tr("The rules would move %n account(s):", nullptr, int(moves.size())), &dialog);
    auto *list = table({tr("Account"), tr("From"), tr("To")}, "ruleMoves", &dialog);
    const QString none = tr("(no territory)");
    for (const TerritoryMove &m : moves) {
        auto *item = new QTreeWidgetItem(list);
        item->setText(0, names.value(m.accountId));
        item->setText(1, m.fromTerritoryId ? territoryName(m.fromTerritoryId) : none);
        item->setText(2, territoryName(m.toTerritoryId));
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, &dialog);
    QPushButton *move = buttons->addButton(tr("&Move %n Account(s)", nullptr, int(moves.size())),
                                           QDialogButtonBox::AcceptRole);
    move->setObjectName(QStringLiteral("moveAccounts"));
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(intro);
    layout->addWidget(list, 1);
    layout->addWidget(buttons);
    dialog.resize(600, 420);
    if (dialog.exec() == QDialog::Accepted)
        applyMoves(moves);
}

} // namespace Stageboard
