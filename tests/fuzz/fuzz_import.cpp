// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: see Harness::importPipeline in harness.h.
#define SAILAU_FUZZ_CASE importPipeline
#include "fuzzmain.h"
