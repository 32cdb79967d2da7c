// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: see Harness::csvReader in harness.h.
#define SAILAU_FUZZ_CASE csvReader
#include "fuzzmain.h"
