// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/contactstore.h"
#include "storage/sqlstorage.h"
#include "testdatabase.h"

#include <QTest>

using namespace Stageboard;
using Stageboard::Test::TestDatabase;

/// The people at the accounts, as stored on either engine.
class TestContactStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldKeepAContactWithItsAccountAndOwner();
    void shouldRefuseAContactWithoutAName();
    void shouldNotLoseAnotherPersonsChange();
    void shouldHideADeletedContactAndBringItBack();
};

namespace {

struct People
{
    TestDatabase db;
    qint64 rep =
        *db.storage->directory().addUser({0, QStringLiteral("Dana Reyes"), UserRole::Rep, {}});
    qint64 glacier = *db.storage->directory().addAccount(
        {0, QStringLiteral("Glacier Manufacturing"), QStringLiteral("Industry"), {}, 0});
    qint64 harbor = *db.storage->directory().addAccount(
        {0, QStringLiteral("Harbor Retail"), QStringLiteral("Retail"), {}, 0});

    Contact person(const QString &name, qint64 account) const
    {
        Contact c;
        c.name = name;
        c.accountId = account;
        c.jobTitle = QStringLiteral("VP Operations");
        c.email = QStringLiteral("noor@example.com");
        c.phone = QStringLiteral("+1 555 0100");
        c.notes = QStringLiteral("Met at the trade fair.\nPrefers mornings.");
        c.ownerId = rep;
        return c;
    }
};

} // namespace

void TestContactStore::shouldKeepAContactWithItsAccountAndOwner()
{
    People p;
    ContactStore &store = p.db.storage->contacts();
    const auto noor = store.addContact(p.person(QStringLiteral("  Noor Moreau "), p.glacier));
    QVERIFY2(noor, qPrintable(noor ? QString() : noor.error().message));
    QVERIFY(store.addContact(p.person(QStringLiteral("Kim Byrne"), p.harbor)));
    QVERIFY(store.addContact(p.person(QStringLiteral("Alex Adler"), p.glacier)));

    // Read back as typed (trimmed), with its account, owner and notes over two lines
    const Contact read = **store.contact(noor->id);
    QCOMPARE(read.name, QStringLiteral("Noor Moreau"));
    QCOMPARE(read.accountId, p.glacier);
    QCOMPARE(read.ownerId, p.rep);
    QCOMPARE(read.jobTitle, QStringLiteral("VP Operations"));
    QCOMPARE(read.notes, QStringLiteral("Met at the trade fair.\nPrefers mornings."));
    QCOMPARE(read.version, 1);
    QVERIFY(read.createdAt > 0);
    // Listed by name, all of them or one account's
    QStringList names;
    const QList<Contact> everyone = *store.contacts();
    for (const Contact &c : everyone)
        names.append(c.name);
    QCOMPARE(names, QStringList({QStringLiteral("Alex Adler"), QStringLiteral("Kim Byrne"),
                                 QStringLiteral("Noor Moreau")}));
    names.clear();
    const QList<Contact> atGlacier = *store.contacts(p.glacier);
    for (const Contact &c : atGlacier)
        names.append(c.name);
    QCOMPARE(names, QStringList({QStringLiteral("Alex Adler"), QStringLiteral("Noor Moreau")}));
    QCOMPARE(*store.contactCount(), 3);
    // And a second connection, as another person's app, reads the same
    auto other = p.db.openAgain();
    QCOMPARE((*other->contacts().contact(noor->id))->email, QStringLiteral("noor@example.com"));
}

void TestContactStore::shouldRefuseAContactWithoutAName()
{
    People p;
    ContactStore &store = p.db.storage->contacts();
    const auto nameless = store.addContact(p.person(QStringLiteral("   "), p.glacier));
    QVERIFY(!nameless);
    QVERIFY2(nameless.error().message.startsWith(QStringLiteral("Name: ")),
             qPrintable(nameless.error().message));
    Contact broken = p.person(QStringLiteral("Noor"), p.glacier);
    broken.phone = QStringLiteral("555\n0100");
    const auto refused = store.addContact(broken);
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.startsWith(QStringLiteral("Phone: ")),
             qPrintable(refused.error().message));
    QCOMPARE(*store.contactCount(), 0);
}

void TestContactStore::shouldNotLoseAnotherPersonsChange()
{
    People p;
    ContactStore &store = p.db.storage->contacts();
    const Contact mine = *store.addContact(p.person(QStringLiteral("Noor Moreau"), p.glacier));
    // Someone else changes the job title first
    auto other = p.db.openAgain();
    Contact theirs = **other->contacts().contact(mine.id);
    theirs.jobTitle = QStringLiteral("COO");
    const auto saved = other->contacts().updateContact(theirs);
    QVERIFY(saved);
    QCOMPARE(saved->version, 2);
    // Then my edit, from the version I read, is refused and saves nothing
    Contact edited = mine;
    edited.phone = QStringLiteral("+1 555 0199");
    const auto refused = store.updateContact(edited);
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, Error::Kind::Conflict);
    const Contact stored = **store.contact(mine.id);
    QCOMPARE(stored.jobTitle, QStringLiteral("COO"));
    QCOMPARE(stored.phone, mine.phone);
    // And from the version stored now it goes through
    Contact again = stored;
    again.phone = QStringLiteral("+1 555 0199");
    QCOMPARE(store.updateContact(again)->phone, QStringLiteral("+1 555 0199"));
}

void TestContactStore::shouldHideADeletedContactAndBringItBack()
{
    People p;
    ContactStore &store = p.db.storage->contacts();
    const Contact noor = *store.addContact(p.person(QStringLiteral("Noor Moreau"), p.glacier));
    QVERIFY(store.setContactDeleted(noor.id, true));
    QCOMPARE(*store.contactCount(), 0);
    QVERIFY(store.contacts()->isEmpty());
    // Still there for what names it, marked deleted
    QVERIFY((*store.contact(noor.id))->deleted);
    QVERIFY(!store.setContactDeleted(noor.id, false)->deleted);
    QCOMPARE(*store.contactCount(), 1);
}

QTEST_GUILESS_MAIN(TestContactStore)
#include "tst_contactstore.moc"
