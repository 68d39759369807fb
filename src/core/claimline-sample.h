/* claimline-sample.h
 *
 * Copyright 2026 The Claimline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "claimline-store.h"

G_BEGIN_DECLS

/* Imports the built-in sample story (five short reports of one event, shipped
 * in the GResource) into STORE through the library, so that it arrives as
 * one story with its claims compared. */
gboolean claimline_sample_import (ClaimlineStore  *store,
                                  guint           *out_n_added,
                                  GError         **error);

G_END_DECLS
