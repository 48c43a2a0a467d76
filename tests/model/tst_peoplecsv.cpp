// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "csv/peoplecsv.h"
#include "testdatabase.h"

#include <QBuffer>
#include <QTest>

using namespace Stageboard;
using Stageboard::Test::TestDatabase;

/// Contacts imported from Salesforce and HubSpot files, all or nothing with every bad row named
/// by its line; contacts, stakeholders and activities exported — on either engine.
class TestPeopleCsv : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldImportSalesforceContacts();
    void shouldImportHubSpotContacts();
    void shouldReadGermanHeadersAndSkipEmptyRows();
    void shouldNameEveryBadRowAndImportNothing();
    void shouldImportTheGoodRowsWhenAsked();
    void shouldReadItsOwnExportBack();
    void shouldExportStakeholdersAndActivities();
};

namespace {

struct Target
{
    TestDatabase db;
    qint64 rep =
        *db.storage->directory().addUser({0, QStringLiteral("Dana Reyes"), UserRole::Rep, {}});
    qint64 granite = *db.storage->directory().addAccount(
        {0, QStringLiteral("Granite Media"), QStringLiteral("Media"), {}, 0});

    explicit Target(int demo = 0)
        : db(demo)
    {}

    Result<ImportReport> import(const QByteArray &csv, ContactImportOptions options = {})
    {
        QByteArray bytes = csv;
        QBuffer file(&bytes);
        file.open(QIODevice::ReadOnly);
        options.actorId = rep;
        return ContactImporter(db.storage->contacts(), db.storage->directory(), db.storage->bulk())
            .run(&file, options);
    }

    QList<Contact> contacts() { return *db.storage->contacts().contacts(0); }

    std::optional<Contact> named(const QString &name)
    {
        for (const Contact &c : contacts()) {
            if (c.name == name)
                return c;
        }
        return std::nullopt;
    }
};

} // namespace

void TestPeopleCsv::shouldImportSalesforceContacts()
{
    Target t;
    const auto report = t.import(
        "\"First Name\",\"Last Name\",\"Title\",\"Email\",\"Phone\",\"Account Name\",\"Mailing "
        "City\"\r\n"
        "\"Maria\",\"Okonkwo\",\"CFO\",\"maria@granite.example\",\"+1 555 0101\",\"granite "
        "media\",\"Lagos\"\r\n"
        "\"Lee\",\"Park\",\"CTO\",\"\",\"\",\"\",\"\"\r\n");
    QVERIFY2(report, qPrintable(report ? QString() : report.error().message));
    QCOMPARE(report->imported, 2);
    QVERIFY(report->problems.isEmpty());
    // The name joined, the account found in any case, the rep who imported looks after them
    const auto maria = t.named(QStringLiteral("Maria Okonkwo"));
    QVERIFY(maria);
    QCOMPARE(maria->jobTitle, QStringLiteral("CFO"));
    QCOMPARE(maria->email, QStringLiteral("maria@granite.example"));
    QCOMPARE(maria->phone, QStringLiteral("+1 555 0101"));
    QCOMPARE(maria->accountId, t.granite);
    QCOMPARE(maria->ownerId, t.rep);
    QCOMPARE(t.named(QStringLiteral("Lee Park"))->accountId, 0);
}

void TestPeopleCsv::shouldImportHubSpotContacts()
{
    Target t;
    const auto report = t.import("First Name,Last Name,Job Title,Email,Phone Number,Company "
                                 "Name,Contact owner\n"
                                 "Ines,Alvarez,Head of IT,ines@granite.example,555 0102,Granite "
                                 "Media,Dana Reyes\n");
    QVERIFY2(report, qPrintable(report ? QString() : report.error().message));
    QCOMPARE(report->imported, 1);
    const auto ines = t.named(QStringLiteral("Ines Alvarez"));
    QVERIFY(ines);
    QCOMPARE(ines->jobTitle, QStringLiteral("Head of IT"));
    QCOMPARE(ines->phone, QStringLiteral("555 0102"));
    QCOMPARE(ines->accountId, t.granite);
    QCOMPARE(ines->ownerId, t.rep);
}

void TestPeopleCsv::shouldReadGermanHeadersAndSkipEmptyRows()
{
    Target t;
    // A German spreadsheet's file: semicolons, its own headers, a row left empty
    const auto report = t.import("Vorname;Nachname;Position;E-Mail;Telefon;Firma\n"
                                 "Jana;Schulz;Einkauf;jana@granite.example;0301234;Granite Media\n"
                                 ";;;;;\n");
    QVERIFY2(report, qPrintable(report ? QString() : report.error().message));
    QCOMPARE(report->rows, 1);
    QVERIFY(report->problems.isEmpty());
    QCOMPARE(report->imported, 1);
    const auto jana = t.named(QStringLiteral("Jana Schulz"));
    QVERIFY(jana);
    QCOMPARE(jana->jobTitle, QStringLiteral("Einkauf"));
    QCOMPARE(jana->email, QStringLiteral("jana@granite.example"));
    QCOMPARE(jana->accountId, t.granite);
    // And the store refuses what the import refuses
    Contact typed = *jana;
    typed.email = QStringLiteral("not-an-email");
    const auto refused = t.db.storage->contacts().updateContact(typed);
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(QStringLiteral("is not an email address")),
             qPrintable(refused.error().message));
}

void TestPeopleCsv::shouldNameEveryBadRowAndImportNothing()
{
    Target t;
    Contact known;
    known.name = QStringLiteral("Known Person");
    known.email = QStringLiteral("known@granite.example");
    QVERIFY(t.db.storage->contacts().addContact(known));
    const QByteArray csv = "Name,Email,Company,Owner\n"
                           "Good One,good@granite.example,Granite Media,\n"
                           "Bad Mail,not-an-email,,\n"
                           ",nobody@granite.example,,\n"
                           "Again,KNOWN@granite.example,,\n"
                           "Twice,good@granite.example,,\n"
                           "Stranger,s@granite.example,,Nobody Here\n"
                           "Short row\n";
    const auto report = t.import(csv);
    QVERIFY2(report, qPrintable(report ? QString() : report.error().message));
    QCOMPARE(report->rows, 7);
    QCOMPARE(report->badRows, 6);
    QCOMPARE(report->imported, 0);
    const QStringList lines = report->badRowTexts();
    QCOMPARE(lines.size(), 6);
    QCOMPARE(lines.at(0),
             QStringLiteral("line 3 — Email: \"not-an-email\" is not an email address."));
    QCOMPARE(lines.at(1), QStringLiteral("line 4 — the row has no name."));
    QVERIFY2(lines.at(2).startsWith(QStringLiteral("line 5 — Email:")) &&
                 lines.at(2).contains(QStringLiteral("Known Person")),
             qPrintable(lines.at(2)));
    QCOMPARE(lines.at(3),
             QStringLiteral("line 6 — Email: good@granite.example is already on line 2."));
    QCOMPARE(lines.at(4),
             QStringLiteral("line 7 — Owner: \"Nobody Here\" is not a user of this database."));
    QCOMPARE(lines.at(5), QStringLiteral("line 8 — the row has 1 fields, the header has 4."));
    // All or nothing: the good row waits too
    QCOMPARE(t.contacts().size(), 1);
}

void TestPeopleCsv::shouldImportTheGoodRowsWhenAsked()
{
    Target t;
    const QByteArray csv = "Name,Email,Account\n"
                           "Good One,good@newco.example,NewCo Ltd\n"
                           "Bad Mail,not-an-email,\n";
    // A missing account holds the import back until it may be created
    ContactImportOptions skip;
    skip.skipBadRows = true;
    auto report = t.import(csv, skip);
    QVERIFY(report);
    QCOMPARE(report->missingAccounts, QStringList{"NewCo Ltd"});
    QCOMPARE(report->imported, 0);
    // A dry run writes nothing
    skip.createMissing = true;
    skip.dryRun = true;
    report = t.import(csv, skip);
    QCOMPARE(report->imported, 0);
    QCOMPARE(t.contacts().size(), 0);
    skip.dryRun = false;
    report = t.import(csv, skip);
    QCOMPARE(report->imported, 1);
    const auto good = t.named(QStringLiteral("Good One"));
    QVERIFY(good && good->accountId);
    const auto accounts = *t.db.storage->directory().accounts();
    QVERIFY(std::any_of(accounts.cbegin(), accounts.cend(), [&](const Account &a) {
        return a.id == good->accountId && a.name == QLatin1StringView("NewCo Ltd");
    }));
}

void TestPeopleCsv::shouldReadItsOwnExportBack()
{
    Target from(60);
    const QList<Contact> people = from.contacts();
    QVERIFY(people.size() > 10);
    Contact noted = people.first();
    noted.notes = QStringLiteral("Prefers mornings.\nAsk about the plant.");
    noted.phone = QStringLiteral("+1 555 0199"); // a spreadsheet would take it for a formula
    QVERIFY(from.db.storage->contacts().updateContact(noted));
    QByteArray bytes;
    QBuffer out(&bytes);
    out.open(QIODevice::WriteOnly);
    const auto written =
        PeopleExporter(from.db.storage->contacts(), from.db.storage->stakeholders(),
                       from.db.storage->directory())
            .exportContacts(&out, from.contacts(), ExportOptions());
    QVERIFY(written);
    QCOMPARE(*written, people.size());
    QVERIFY(bytes.startsWith("id,name,title,email,phone,account,owner,notes\r\n"));

    // Into a database that has the accounts and the people who own them
    Target to(60);
    QVERIFY(to.db.storage->contacts().contacts(0)->size() == people.size());
    for (const Contact &c : to.contacts())
        QVERIFY(to.db.storage->contacts().setContactDeleted(c.id, true));
    const auto report = to.import(bytes);
    QVERIFY2(report, qPrintable(report ? QString() : report.error().message));
    QVERIFY2(report->problems.isEmpty(), qPrintable(report->badRowTexts().join(QLatin1Char('\n'))));
    QCOMPARE(report->imported, people.size());
    const auto back = to.named(noted.name);
    QVERIFY(back);
    QCOMPARE(back->phone, noted.phone);
    QCOMPARE(back->notes, noted.notes);
    QCOMPARE(back->jobTitle, noted.jobTitle);
    QCOMPARE(back->ownerId != 0, noted.ownerId != 0);
}

void TestPeopleCsv::shouldExportStakeholdersAndActivities()
{
    Target t(60);
    const auto everyone = t.db.storage->stakeholders().everyStakeholder();
    QVERIFY(everyone && !everyone->isEmpty());
    PeopleExporter exporter(t.db.storage->contacts(), t.db.storage->stakeholders(),
                            t.db.storage->directory());
    QByteArray bytes;
    QBuffer out(&bytes);
    out.open(QIODevice::WriteOnly);
    QCOMPARE(*exporter.exportStakeholders(&out, *everyone, ExportOptions()), everyone->size());
    const QStringList lines =
        QString::fromUtf8(bytes).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.first(),
             QStringLiteral("deal_id,contact_id,contact,role,stance,influence,reports_to"));
    // Each row names the deal, the person by name and the role by its key
    const QStringList first = lines.at(1).split(u',');
    QCOMPARE(first.at(0).toLongLong(), everyone->first().opportunityId);
    QCOMPARE(first.at(2), (*t.db.storage->contacts().contact(everyone->first().contactId))->name);
    QVERIFY(first.at(3).contains(QRegularExpression(QStringLiteral("^[a-z_]+$"))));

    const auto activities = t.db.storage->engagements().engagements({});
    QVERIFY(activities && !activities->isEmpty());
    bytes.clear();
    out.seek(0);
    QCOMPARE(*exporter.exportActivities(&out, *activities, ExportOptions()), activities->size());
    const QStringList rows =
        QString::fromUtf8(bytes).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(rows.first(),
             QStringLiteral("id,type,subject,due,owner,deal_id,contact_id,done_at,outcome"));
    QCOMPARE(rows.size(), activities->size() + 1);
    QVERIFY(
        rows.at(1).contains(QRegularExpression(QStringLiteral(",\\d{4}-\\d\\d-\\d\\dT[^,]*Z,"))));
}

QTEST_GUILESS_MAIN(TestPeopleCsv)
#include "tst_peoplecsv.moc"
