/* claimline-comparison-panel.h
 *
 * Copyright 2026 The Claimline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "claimline-store.h"

G_BEGIN_DECLS

#define CLAIMLINE_TYPE_COMPARISON_PANEL (claimline_comparison_panel_get_type ())

G_DECLARE_FINAL_TYPE (ClaimlineComparisonPanel, claimline_comparison_panel, CLAIMLINE, COMPARISON_PANEL, GtkWidget)

/* One claim group lined up: each outlet's sentence with the figure
 * emphasised, its value, time and modality, and the group's verdict with
 * its reason.  Activating an outlet's row emits ::member-activated. */
GtkWidget                 *claimline_comparison_panel_new                 (void);
ClaimlineStore            *claimline_comparison_panel_get_store           (ClaimlineComparisonPanel *self);
void                       claimline_comparison_panel_set_store           (ClaimlineComparisonPanel *self,
                                                                           ClaimlineStore           *store);
/* Shows GROUP (taken); ARTICLE_ID is the article on display, marked. */
void                       claimline_comparison_panel_show_group          (ClaimlineComparisonPanel *self,
                                                                           ClaimlineClaimGroup      *group,
                                                                           gint64                    article_id);
/* Shows a status instead of a group (TITLE and DESCRIPTION plain text). */
void                       claimline_comparison_panel_show_message        (ClaimlineComparisonPanel *self,
                                                                           const char               *title,
                                                                           const char               *description);
/* Back to "No Figure Selected". */
void                       claimline_comparison_panel_clear               (ClaimlineComparisonPanel *self);
const ClaimlineClaimGroup *claimline_comparison_panel_get_group           (ClaimlineComparisonPanel *self);
guint                      claimline_comparison_panel_get_n_members       (ClaimlineComparisonPanel *self);
void                       claimline_comparison_panel_set_current_article (ClaimlineComparisonPanel *self,
                                                                           gint64                    article_id);

G_END_DECLS
