/* claimline-feeds-popover.h
 *
 * Copyright 2026 The Claimline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define CLAIMLINE_TYPE_FEEDS_POPOVER (claimline_feeds_popover_get_type ())

G_DECLARE_FINAL_TYPE (ClaimlineFeedsPopover, claimline_feeds_popover, CLAIMLINE, FEEDS_POPOVER, GtkPopover)

/* The subscriptions, each with its article count and last refresh or
 * error, a menu to rename or remove it (win.rename-feed and
 * win.remove-feed with the feed's id), and buttons to add a feed and to
 * refresh all (win.add-feed, win.refresh-feeds). */
GtkWidget *claimline_feeds_popover_new          (void);
/* RECORDS: ClaimlineFeedRecord, as claimline_store_list_feeds() gives. */
void       claimline_feeds_popover_set_feeds    (ClaimlineFeedsPopover *self,
                                                 GPtrArray             *records);
/* STATUS (nullable) says what a running refresh does; FRACTION its progress. */
void       claimline_feeds_popover_set_progress (ClaimlineFeedsPopover *self,
                                                 const char            *status,
                                                 double                 fraction);

G_END_DECLS
