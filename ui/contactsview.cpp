// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "contactsview.h"

#include "contactdialog.h"
#include "csvactions.h"
#include "emptystate.h"
#include "itemmodels/contactlistmodel.h"
#include "recordtable.h"
#include "services/boardservice.h"
#include "storage/contactstore.h"
#include "workspace/workspace.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QSettings>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace Stageboard {

namespace {
const QString headerKey = QStringLiteral("contacts/header");
}

ContactsView::ContactsView(QWidget *parent)
    : QWidget(parent)
{
    m_newContact = new QAction(tr("&New Contact…"), this);
    m_newContact->setObjectName(QStringLiteral("newContact"));
    m_newContact->setToolTip(tr("Add a person at one of the accounts"));
    connect(m_newContact, &QAction::triggered, this, &ContactsView::newContact);
    m_delete = new QAction(tr("&Delete Contact…"), this);
    m_delete->setObjectName(QStringLiteral("deleteContact"));
    m_delete->setShortcut(QKeySequence::Delete);
    m_delete->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_delete, &QAction::triggered, this, &ContactsView::deleteSelected);
    addAction(m_delete);
    m_import = new QAction(tr("Import Con&tacts…"), this);
    m_import->setObjectName(QStringLiteral("importContacts"));
    m_import->setToolTip(tr("Contacts from a CSV file, as Salesforce or HubSpot export them"));
    m_export = new QAction(tr("E&xport Contacts…"), this);
    m_export->setObjectName(QStringLiteral("exportContacts"));
    connect(m_import, &QAction::triggered, this, [this] {
        if (m_workspace && CsvActions::importContacts(window(), *m_workspace))
            refresh();
    });
    connect(m_export, &QAction::triggered, this, [this] {
        if (m_workspace)
            CsvActions::exportContacts(window(), *m_workspace);
    });
    m_clearSearch = new QAction(tr("&Clear Search"), this);
    connect(m_clearSearch, &QAction::triggered, this, [this] { m_search->clear(); });

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("contactSearch"));
    m_search->setPlaceholderText(tr("Search name, job title, email, phone or account"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search contacts"));
    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(200);
    connect(m_searchTimer, &QTimer::timeout, this, &ContactsView::applySearch);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("contactCount"));
    // The search box keeps its width as the count changes.
    m_count->setMinimumWidth(fontMetrics().horizontalAdvance(tr("%n contact(s)", nullptr, 888888)) +
                             8);
    m_count->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_search, 1);
    bar->addWidget(m_count);
    addActionButtons(bar, {m_newContact, m_import, m_export}, this);

    m_view = recordTable(this, QStringLiteral("contacts"), tr("Contacts"));
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        openContact(index.siblingAtColumn(0).data(ContactListModel::IdRole).toLongLong());
    });
    auto *open = new QAction(tr("&Open Contact"), this);
    connect(open, &QAction::triggered, this, [this] {
        if (const qint64 id = selectedId())
            openContact(id);
    });
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->addActions({open, m_delete});
    m_empty = new EmptyState(m_view);
    m_empty->setObjectName(QStringLiteral("contactsEmptyState"));
    m_empty->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);
}

ContactsView::~ContactsView()
{
    if (m_model)
        QSettings().setValue(headerKey, m_view->horizontalHeader()->saveState());
    m_view->setModel(nullptr);
}

void ContactsView::setWorkspace(Workspace *workspace)
{
    if (m_model)
        QSettings().setValue(headerKey, m_view->horizontalHeader()->saveState());
    m_view->setModel(nullptr);
    m_model.reset();
    m_workspace = workspace;
    if (!workspace) {
        updateState();
        return;
    }
    m_model = std::make_unique<ContactListModel>(workspace->contacts());
    connect(m_model.get(), &ContactListModel::errorOccurred, this, &ContactsView::errorOccurred);
    ContactQuery query;
    query.search = m_search->text();
    if (auto ok = m_model->setQuery(query); !ok)
        Q_EMIT errorOccurred(ok.error().message);
    m_view->setModel(m_model.get());
    QHeaderView *header = m_view->horizontalHeader();
    const QFontMetrics fm = fontMetrics();
    // Room for a usual job title and account name; the next activity takes what is left.
    const int widths[ContactListModel::ColumnCount] = {
        fm.horizontalAdvance(QStringLiteral("M")) * 14,
        fm.horizontalAdvance(QStringLiteral("M")) * 18,
        fm.horizontalAdvance(QStringLiteral("M")) * 16,
        fm.horizontalAdvance(QStringLiteral("M")) * 16,
        fm.horizontalAdvance(QStringLiteral("0")) * 18,
        fm.horizontalAdvance(QStringLiteral("M")) * 10,
        0,
        0};
    for (int c = 0; c < ContactListModel::ColumnCount; ++c) {
        // Wide enough for its heading, whatever the language
        const int heading =
            fm.horizontalAdvance(m_model->headerData(c, Qt::Horizontal).toString()) + 32;
        header->resizeSection(c, std::max(widths[c], heading));
    }
    // The email takes the room left; the next activity is a date and a time.
    header->setStretchLastSection(false);
    header->setSectionResizeMode(ContactListModel::EmailColumn, QHeaderView::Stretch);
    header->resizeSection(
        ContactListModel::NextActivityColumn,
        std::max(fm.horizontalAdvance(QStringLiteral("00.00.0000 00:00")) + 24,
                 fm.horizontalAdvance(
                     m_model->headerData(ContactListModel::NextActivityColumn, Qt::Horizontal)
                         .toString()) +
                     32));
    header->setSortIndicator(ContactListModel::NameColumn, Qt::AscendingOrder);
    header->restoreState(QSettings().value(headerKey).toByteArray());
    // Sorting is the model's: in SQL, by the clicked column, the name breaking ties.
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(std::max(0, header->sortIndicatorSection()), header->sortIndicatorOrder());
    connect(m_model.get(), &QAbstractItemModel::modelReset, this, &ContactsView::updateState);
    connect(m_model.get(), &QAbstractItemModel::rowsInserted, this, &ContactsView::updateState);
    connect(m_model.get(), &QAbstractItemModel::rowsRemoved, this, &ContactsView::updateState);
    connect(workspace, &Workspace::contactsChangedElsewhere, this, &ContactsView::refresh);
    // A contact's open deals and next activity follow the deals and activities.
    connect(workspace, &Workspace::engagementsChangedElsewhere, this,
            [this] { m_model->reloadRows(); });
    connect(workspace, &Workspace::stakeholdersChangedElsewhere, this,
            [this] { m_model->reloadRows(); });
    updateState();
}

void ContactsView::applySearch()
{
    if (!m_model)
        return;
    ContactQuery query = m_model->query();
    query.search = m_search->text();
    if (query.search == m_model->query().search)
        return;
    if (auto ok = m_model->setQuery(query); !ok)
        Q_EMIT errorOccurred(ok.error().message);
    updateState();
}

void ContactsView::refresh()
{
    if (!m_model)
        return;
    if (auto ok = m_model->refresh(); !ok)
        Q_EMIT errorOccurred(ok.error().message);
    updateState();
}

void ContactsView::updateState()
{
    const int shown = m_model ? m_model->rowCount() : 0;
    m_count->setText(m_model ? tr("%n contact(s)", nullptr, shown) : QString());
    m_newContact->setEnabled(m_model != nullptr);
    m_import->setEnabled(m_model != nullptr);
    m_export->setEnabled(m_model != nullptr && shown > 0);
    m_delete->setEnabled(m_model != nullptr && shown > 0);
    if (!m_model || shown > 0) {
        m_empty->hide();
        return;
    }
    if (m_model->query().search.trimmed().isEmpty()) {
        m_empty->setMessage(tr("No contacts yet"),
                            tr("Add the people you sell to with New Contact…, or import them from "
                               "a CSV file exported from Salesforce or HubSpot."));
        m_empty->setActions({m_newContact, m_import});
    } else {
        m_empty->setMessage(tr("No contact matches “%1”").arg(m_model->query().search.trimmed()),
                            tr("Look for part of a name, job title, email, phone or account."));
        m_empty->setActions({m_clearSearch});
    }
    m_empty->show();
}

qint64 ContactsView::selectedId() const
{
    if (!m_model || !m_view->selectionModel())
        return 0;
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? m_model->contactId(current.row()) : 0;
}

void ContactsView::openContact(qint64 id)
{
    if (!m_workspace)
        return;
    Contact contact;
    // A new person is looked after by whoever adds them, as an imported one is.
    contact.ownerId = m_workspace->boardService().currentUserId();
    if (id) {
        auto found = m_workspace->contacts().contact(id);
        if (!found || !*found) {
            Q_EMIT errorOccurred(!found ? found.error().message
                                        : tr("The contact %1 does not exist any more.").arg(id));
            return;
        }
        contact = **found;
    }
    ContactDialog dialog(*m_workspace, contact, this);
    const bool saved = dialog.exec() == QDialog::Accepted;
    if (saved) {
        refresh();
        const int row = m_model->rowOf(dialog.contact().id);
        if (row >= 0) {
            m_view->setCurrentIndex(m_model->index(row, 0));
            m_view->scrollTo(m_model->index(row, 0));
        }
    }
    if (dialog.openedDeal())
        Q_EMIT openOpportunityRequested(dialog.openedDeal());
}

void ContactsView::deleteSelected()
{
    const qint64 id = selectedId();
    if (!id || !m_workspace)
        return;
    const ContactRow *row = m_model->contactRow(m_view->currentIndex().row());
    const QString name = row ? row->contact.name : QString();
    const auto answer = QMessageBox::question(
        this, tr("Delete Contact"),
        tr("Delete %1? They leave the contacts list; the deals and activities that name them "
           "keep their name.")
            .arg(name),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    if (auto ok = m_workspace->contacts().setContactDeleted(id, true); !ok) {
        Q_EMIT errorOccurred(ok.error().message);
        return;
    }
    refresh();
}

} // namespace Stageboard
