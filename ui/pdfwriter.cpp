// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfwriter.h"

#include <QCoreApplication>
#include <QFile>

namespace Stageboard {

Result<std::unique_ptr<QPdfWriter>> pdfWriter(const QString &path, const QString &title,
                                              QPageLayout::Orientation orientation)
{
    QFile probe(path);
    if (!probe.open(QIODevice::WriteOnly)) {
        return fail(QCoreApplication::translate("Stageboard::PdfWriter", "Cannot write %1: %2")
                        .arg(path, probe.errorString()));
    }
    probe.close();
    auto writer = std::make_unique<QPdfWriter>(path);
    writer->setPageSize(QPageSize(QPageSize::A4));
    writer->setPageOrientation(orientation);
    writer->setTitle(title);
    writer->setCreator(QStringLiteral("Stageboard"));
    return writer;
}

} // namespace Stageboard
