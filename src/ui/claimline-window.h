/* claimline-window.h
 *
 * Copyright 2026 The Claimline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "claimline-application.h"
#include "claimline-store.h"

G_BEGIN_DECLS

#define CLAIMLINE_TYPE_WINDOW (claimline_window_get_type ())

G_DECLARE_FINAL_TYPE (ClaimlineWindow, claimline_window, CLAIMLINE, WINDOW, AdwApplicationWindow)

/* STORE may be NULL when the library could not be opened; the window then
 * shows the error given to claimline_window_show_store_error(). */
ClaimlineWindow *claimline_window_new              (ClaimlineApplication *application,
                                                    ClaimlineStore       *store);
ClaimlineStore  *claimline_window_get_store        (ClaimlineWindow      *self);
gboolean         claimline_window_get_importing    (ClaimlineWindow      *self);
void             claimline_window_show_store_error (ClaimlineWindow      *self,
                                                    const GError         *error);
/* Shows TITLE (plain text, not markup) in a toast. */
void             claimline_window_add_toast        (ClaimlineWindow      *self,
                                                    const char           *title);
/* Imports FILES into the library in a worker thread, then selects the first
 * new article and reports the outcome in a toast.  This is what the Open
 * dialog, drag-and-drop and files given on the command line use. */
void             claimline_window_import_files     (ClaimlineWindow      *self,
                                                    GFile               **files,
                                                    guint                 n_files);

G_END_DECLS
