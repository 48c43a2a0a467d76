// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QPageLayout>
#include <QPdfWriter>
#include <memory>

namespace Stageboard {

/// An A4 PDF writer on path, titled, made by Stageboard; or why the file cannot be written
/// (QPdfWriter itself would fail silently).
Result<std::unique_ptr<QPdfWriter>> pdfWriter(const QString &path, const QString &title,
                                              QPageLayout::Orientation orientation);

} // namespace Stageboard
