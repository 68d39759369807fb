/* test-ui-util.h: what the UI tests share to drive the real window.
 *
 * Copyright 2026 The Claimline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

typedef gboolean (*Condition) (gpointer data);

/* Runs the main loop until CONDITION holds (at most 30 seconds); FALSE if
 * it never did. */
gboolean   wait_for               (Condition   condition,
                                   gpointer    data);
/* Runs the main loop for MSEC milliseconds. */
void       pause_for              (guint       msec);
/* The first descendant of WIDGET (WIDGET itself excluded) of TYPE. */
GtkWidget *find_descendant        (GtkWidget  *widget,
                                   GType       type);
/* Renders WIDGET to $G_TEST_BUILDDIR/screenshots/NAME for review. */
void       save_widget_screenshot (GtkWidget  *widget,
                                   const char *name);
/* Removes PATH and everything below it. */
void       remove_tree            (const char *path);

G_END_DECLS
