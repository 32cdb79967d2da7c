// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: see Harness::xlsxReader in harness.h.
#define SAILAU_FUZZ_CASE xlsxReader
#include "fuzzmain.h"
