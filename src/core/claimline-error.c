/* claimline-error.c
 *
 * Copyright 2026 The Claimline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "claimline-error.h"

G_DEFINE_QUARK (claimline-error-quark, claimline_error)
