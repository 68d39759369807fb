/* claimline-application.h
 *
 * Copyright 2026 The Claimline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "claimline-store.h"

G_BEGIN_DECLS

#define CLAIMLINE_TYPE_APPLICATION (claimline_application_get_type ())

G_DECLARE_FINAL_TYPE (ClaimlineApplication, claimline_application, CLAIMLINE, APPLICATION, AdwApplication)

ClaimlineApplication *claimline_application_new       (void);
/* The store opened at startup, or NULL when it could not be opened. */
ClaimlineStore       *claimline_application_get_store (ClaimlineApplication *self);

G_END_DECLS
