// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/types.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTreeWidget;

namespace Stageboard {

class Workspace;

/// Process ▸ Territories…, for admins: the territory tree (a region, the territories in it),
/// each with its owner; the tiers' contact intervals; and the rules that assign accounts to
/// territories, tried in order, applied again on demand after a preview of what moves. Each
/// change is saved at once; a refused one says why.
class TerritoriesDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit TerritoriesDialog(Workspace &workspace, QWidget *parent = nullptr);

    QTreeWidget *tree() const { return m_tree; }
    QTreeWidget *rules() const { return m_rules; }
    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *parentBox() const { return m_parent; }
    QComboBox *ownerBox() const { return m_owner; }
    QSpinBox *tierDays(int tier) const { return m_days[tier]; }
    QPushButton *applyButton() const { return m_apply; }
    QString errorText() const;

    /// The steps behind the buttons, what they ask given instead.
    bool addTerritory(const QString &name, qint64 parentId);
    bool removeSelected();
    bool addRule(const TerritoryRule &rule);
    bool removeRule(int row);
    bool moveRule(int row, int by);
    /// What applying the rules would move; an empty list when nothing would.
    QList<TerritoryMove> preview();
    bool applyMoves(const QList<TerritoryMove> &moves);
    /// Whether anything was changed (the accounts list reads its territories again).
    bool changedAnything() const { return m_changed; }

private:
    void fill(qint64 select = 0);
    void fillRules(int select = -1);
    void showSelected();
    void saveSelected();
    void saveIntervals();
    bool saveRules(const QList<TerritoryRule> &rules, int select);
    bool editRule(TerritoryRule &rule);
    void askToApply();
    qint64 selectedId() const;
    QString territoryName(qint64 id) const;
    QString userName(qint64 id) const;
    void showError(const QString &message);
    void clearError();

    Workspace &m_workspace;
    QList<Territory> m_territories;
    QList<TerritoryRule> m_ruleList;
    QList<User> m_users;
    QTreeWidget *m_tree = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_parent = nullptr;
    QComboBox *m_owner = nullptr;
    QPushButton *m_remove = nullptr;
    QSpinBox *m_days[3] = {};
    QTreeWidget *m_rules = nullptr;
    QPushButton *m_apply = nullptr;
    QLabel *m_error = nullptr;
    bool m_filling = false;
    bool m_changed = false;
};

} // namespace Stageboard
