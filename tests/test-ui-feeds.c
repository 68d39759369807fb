/* test-ui-feeds.c
 *
 * Copyright 2026 The Claimline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The feeds popover: one row per subscription under its folder's heading,
 * failing feeds marked, the refresh progress shown while it runs.
 */

#include "config.h"

#include <adwaita.h>

#include "claimline-feeds-popover.h"
#include "claimline-store.h"

void claimline_ui_register_resource (void);

static gboolean have_display;

static ClaimlineFeedRecord *
record_new (gint64      id,
            const char *title,
            const char *folder,
            const char *error)
{
  ClaimlineFeedRecord *record = g_new0 (ClaimlineFeedRecord, 1);

  record->id = id;
  record->url = g_strdup_printf ("http://127.0.0.1/%" G_GINT64_FORMAT ".xml", id);
  record->title = g_strdup (title);
  record->folder = g_strdup (folder);
  record->last_error = g_strdup (error);
  record->last_fetched = error ? 0 : 1750000000;
  record->n_articles = (guint) id * 2;
  return record;
}

static GtkWidget *
find_descendant (GtkWidget *widget,
                 GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_descendant (child, type);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static guint
count_children (GtkWidget *widget)
{
  guint n = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n++;
  return n;
}

static void
test_feeds_rows (void)
{
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func ((GDestroyNotify) claimline_feed_record_free);
  g_autoptr(GPtrArray) none = g_ptr_array_new ();
  GtkWidget *popover;
  GtkWidget *list_box;
  GtkWidget *stack;
  GtkWidget *row;
  guint n_errors = 0;

  if (!have_display)
    {
      g_test_skip ("no display");
      return;
    }

  popover = g_object_ref_sink (claimline_feeds_popover_new ());
  list_box = find_descendant (popover, GTK_TYPE_LIST_BOX);
  stack = find_descendant (popover, GTK_TYPE_STACK);
  g_assert_nonnull (list_box);

  g_ptr_array_add (records, record_new (1, "Gone Daily", NULL, "HTTP 404 Not Found"));
  g_ptr_array_add (records, record_new (2, "Harbour Gazette", "News", NULL));
  g_ptr_array_add (records, record_new (3, "Quay Post", "News", NULL));
  claimline_feeds_popover_set_feeds (CLAIMLINE_FEEDS_POPOVER (popover), records);

  /* Three feeds and one folder heading. */
  g_assert_cmpuint (count_children (list_box), ==, 4);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (stack)), ==, "list");
  for (row = gtk_widget_get_first_child (list_box); row != NULL; row = gtk_widget_get_next_sibling (row))
    if (gtk_widget_has_css_class (row, "feed-error"))
      {
        n_errors++;
        g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, "Gone Daily");
        g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==, "HTTP 404 Not Found");
      }
  g_assert_cmpuint (n_errors, ==, 1);

  /* Setting the list again replaces the rows. */
  claimline_feeds_popover_set_feeds (CLAIMLINE_FEEDS_POPOVER (popover), records);
  g_assert_cmpuint (count_children (list_box), ==, 4);
  claimline_feeds_popover_set_feeds (CLAIMLINE_FEEDS_POPOVER (popover), none);
  g_assert_cmpuint (count_children (list_box), ==, 0);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (stack)), ==, "empty");

  g_object_unref (popover);
}

static void
test_feeds_progress (void)
{
  GtkWidget *popover;
  GtkWidget *revealer;
  GtkWidget *bar;

  if (!have_display)
    {
      g_test_skip ("no display");
      return;
    }

  popover = g_object_ref_sink (claimline_feeds_popover_new ());
  revealer = find_descendant (popover, GTK_TYPE_REVEALER);
  bar = find_descendant (popover, GTK_TYPE_PROGRESS_BAR);
  g_assert_false (gtk_revealer_get_reveal_child (GTK_REVEALER (revealer)));
  claimline_feeds_popover_set_progress (CLAIMLINE_FEEDS_POPOVER (popover), "Refreshed “Quay Post” (1 of 4)",
                                        0.25);
  g_assert_true (gtk_revealer_get_reveal_child (GTK_REVEALER (revealer)));
  g_assert_cmpfloat_with_epsilon (gtk_progress_bar_get_fraction (GTK_PROGRESS_BAR (bar)), 0.25, 1e-9);
  claimline_feeds_popover_set_progress (CLAIMLINE_FEEDS_POPOVER (popover), NULL, 0);
  g_assert_false (gtk_revealer_get_reveal_child (GTK_REVEALER (revealer)));
  g_object_unref (popover);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  have_display = gtk_init_check ();
  if (have_display)
    {
      adw_init ();
      claimline_ui_register_resource ();
    }

  g_test_add_func ("/ui-feeds/rows", test_feeds_rows);
  g_test_add_func ("/ui-feeds/progress", test_feeds_progress);

  return g_test_run ();
}
