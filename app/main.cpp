// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "accessiblenames.h"
#include "core/databaselocation.h"
#include "core/translations.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QIcon>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTimer>
#include <cstdio>

namespace {

/// Waits for the first paint of a window's widget, then prints "first-paint PEAK_KB" (the
/// process's peak resident memory) and quits.
class FirstPaintReporter final : public QObject
{
public:
    explicit FirstPaintReporter(QWidget *window)
        : m_window(window)
    {}

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (!m_done && event->type() == QEvent::Paint && watched->isWidgetType() &&
            static_cast<QWidget *>(watched)->window() == m_window) {
            m_done = true;
            QTimer::singleShot(0, this, [] {
                qint64 peak = 0;
                QFile status(QStringLiteral("/proc/self/status"));
                if (status.open(QIODevice::ReadOnly)) {
                    for (const QByteArray &line : status.readAll().split('\n')) {
                        if (line.startsWith("VmHWM:"))
                            peak = line.mid(6).trimmed().split(' ').value(0).toLongLong();
                    }
                }
                std::printf("first-paint %lld\n", static_cast<long long>(peak));
                std::fflush(stdout);
                QApplication::exit(0);
            });
        }
        return false;
    }

private:
    QWidget *m_window;
    bool m_done = false;
};

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Stageboard"));
    QApplication::setApplicationName(QStringLiteral("stageboard"));
    QApplication::setApplicationDisplayName(QStringLiteral("Stageboard"));
    QApplication::setApplicationVersion(QStringLiteral(STAGEBOARD_VERSION));
    // Before the first widget: every part a screen reader reaches gets a name.
    Stageboard::nameInnerPartsForScreenReaders();
    QApplication::setDesktopFileName(QStringLiteral("org.stageboard.Stageboard"));
    QApplication::setWindowIcon(
        QIcon::fromTheme(QStringLiteral("org.stageboard.Stageboard"),
                         QIcon(QStringLiteral(":/stageboard/org.stageboard.Stageboard.svg"))));

    // The system's language, or the one chosen in View ▸ Language; numbers and dates follow.
    const QLocale locale = Stageboard::MainWindow::chosenLocale();
    QLocale::setDefault(locale);
    Stageboard::installTranslations(locale);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Your sales process as a "
                                                                     "kanban board."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption database(
        QStringLiteral("database"),
        QApplication::translate("main", "Open a SQLite file (created with a demo pipeline when "
                                        "it does not exist), or a shared database given as "
                                        "postgresql://user@host:port/database."),
        QApplication::translate("main", "database"));
    parser.addOption(database);
    // For the benchmark: after the window's first paint, print the peak memory and quit.
    QCommandLineOption reportFirstPaint(QStringLiteral("report-first-paint"));
    reportFirstPaint.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(reportFirstPaint);
    parser.process(app);

    QString path = parser.value(database);
    if (path.isEmpty())
        path = QSettings().value(QStringLiteral("lastDatabase")).toString();
    if (path.isEmpty())
        path = Stageboard::MainWindow::defaultDatabasePath();

    Stageboard::MainWindow window;
    for (;;) {
        // A shared database asks for its password (or a whole new address) in the connection
        // dialog until it connects; a file that cannot be opened gets the choices below.
        const auto location = Stageboard::DatabaseLocation::parse(path);
        auto opened = location && location->isPostgres() ? window.connectToServer(*location)
                                                         : window.openDatabase(path);
        if (opened)
            break;
        QMessageBox box(QMessageBox::Critical, QApplication::translate("main", "Stageboard"),
                        opened.error().message);
        QPushButton *other = box.addButton(QApplication::translate("main", "Open Another…"),
                                           QMessageBox::AcceptRole);
        const QString fallback = Stageboard::MainWindow::defaultDatabasePath();
        QPushButton *useDefault = nullptr;
        if (QFileInfo(path).absoluteFilePath() != QFileInfo(fallback).absoluteFilePath()) {
            useDefault = box.addButton(QApplication::translate("main", "Use the Default Database"),
                                       QMessageBox::AcceptRole);
        }
        box.addButton(QMessageBox::Close);
        box.exec();
        if (useDefault && box.clickedButton() == useDefault) {
            path = fallback;
            continue;
        }
        if (box.clickedButton() != other)
            return 2;
        path =
            QFileDialog::getOpenFileName(nullptr, QApplication::translate("main", "Open Database"));
        if (path.isEmpty())
            return 2;
    }
    window.show();
    FirstPaintReporter reporter(&window);
    if (parser.isSet(reportFirstPaint))
        app.installEventFilter(&reporter);
    else
        QTimer::singleShot(200, &window, &Stageboard::MainWindow::offerWelcome);
    return QApplication::exec();
}
