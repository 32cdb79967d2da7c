// SPDX-License-Identifier: GPL-3.0-or-later
// The libFuzzer entry points of one fuzz target: SAILAU_FUZZ_CASE names the Harness member the
// target drives. A broken rule aborts, so that libFuzzer keeps the input as a reproducer.
#pragma once

#include "harness.h"

#include <QCoreApplication>
#include <QStandardPaths>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {
SailauFuzz::Harness *harness = nullptr;
}

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    // The SQLite driver is a plugin, which needs an application object; it lives as long as the
    // process, like the harness and its temporary folder.
    static int appArgc = 1;
    static char *appArgv[] = {(*argv)[0], nullptr};
    qputenv("QT_LOGGING_RULES", "*.debug=false;*.warning=false");
    new QCoreApplication(appArgc, appArgv);
    QStandardPaths::setTestModeEnabled(true);
    harness = new SailauFuzz::Harness;
    if (!harness->isValid()) {
        std::fprintf(stderr, "fuzz: cannot create a temporary folder\n");
        std::abort();
    }
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString broken = harness->SAILAU_FUZZ_CASE(bytes);
    if (!broken.isEmpty()) {
        std::fprintf(stderr, "fuzz: %s\n", broken.toLocal8Bit().constData());
        std::abort();
    }
    return 0;
}
