/* claimline-preferences-window.h
 *
 * Copyright 2026 The Claimline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define CLAIMLINE_TYPE_PREFERENCES_WINDOW (claimline_preferences_window_get_type ())

G_DECLARE_FINAL_TYPE (ClaimlinePreferencesWindow, claimline_preferences_window, CLAIMLINE, PREFERENCES_WINDOW, AdwPreferencesWindow)

/* The application's settings: style, highlighting of hedged claims and the
 * order of ambiguous numeric dates; every row is bound to GSettings. */
GtkWidget *claimline_preferences_window_new (GtkWindow *parent);

G_END_DECLS
