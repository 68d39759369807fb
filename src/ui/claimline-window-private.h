/* claimline-window-private.h
 *
 * Copyright 2026 The Claimline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "claimline-article-list.h"
#include "claimline-article-view.h"
#include "claimline-comparison-panel.h"
#include "claimline-feeds-popover.h"
#include "claimline-fetcher.h"
#include "claimline-story-item.h"
#include "claimline-timeline-view.h"
#include "claimline-window.h"

G_BEGIN_DECLS

struct _ClaimlineWindow
{
  AdwApplicationWindow      parent_instance;

  ClaimlineStore           *store;
  ClaimlineArticleList     *articles;
  GListStore               *stories;            /* ClaimlineStoryItem, "All Articles" first */
  gint64                    story_id;           /* the story shown, 0 for all articles */
  ClaimlineArticle         *article;            /* the article shown, with its text */
  GSettings                *settings;
  GCancellable             *cancellable;        /* cancelled when the window goes away */
  GCancellable             *import_cancellable; /* the imports running now */
  guint                     n_imports;          /* imports running in worker threads */
  guint                     import_total;       /* files of the running imports */
  guint                     import_done;
  char                     *import_status;
  guint                     list_changing;      /* inside the list's items-changed */
  guint                     stories_generation; /* counts the reads of the stories */
  guint                     syncing_selection : 1;
  guint                     syncing_stories : 1;
  guint                     comparison_visible : 1;
  guint                     comparison_placed : 1;
  guint                     timeline_visible : 1;
  guint                     timeline_placed : 1;
  gint64                    timeline_story_id;  /* the story the timeline shows, -1 for none yet */
  ClaimlineFetcher         *fetcher;            /* the window's HTTP session, made on first use */
  guint                     feeds_timer;        /* the refresh schedule's check */
  guint                     feeds_done;         /* feeds of the running refresh finished */
  guint                     feeds_total;
  guint                     feeds_unshown;      /* stored, not yet in the list */
  gint64                    feeds_last_reload;  /* monotonic time the list last took them in */
  guint                     refreshing_feeds : 1;
  guint                     feeds_first_check : 1;

  /* Template widgets */
  ClaimlineArticleView     *article_view;
  ClaimlineComparisonPanel *comparison_panel;
  ClaimlineFeedsPopover    *feeds_popover;
  GtkWidget                *content_pane;
  GtkPaned                 *content_paned;
  GtkStack                 *content_stack;
  AdwWindowTitle           *content_title;
  GtkWidget                *drop_highlight;
  AdwStatusPage            *error_page;
  AdwLeaflet               *leaflet;
  GtkWidget                *list_pane;
  GtkStack                 *list_stack;
  AdwWindowTitle           *list_title;
  GtkListView              *list_view;
  GtkStack                 *main_stack;
  AdwStatusPage            *no_results_page;
  GtkListBox               *results_list;
  GtkSearchBar             *search_bar;
  GtkToggleButton          *search_button;
  GtkSearchEntry           *search_entry;
  GtkSingleSelection       *selection;
  GtkWidget                *stories_pane;
  GtkListView              *stories_view;
  GtkSingleSelection       *story_selection;
  ClaimlineTimelineView    *timeline_view;
  GtkPaned                 *timeline_paned;
  AdwToastOverlay          *toast_overlay;
};

/* claimline-window.c */
void     _claimline_window_reload              (ClaimlineWindow *self,
                                                gint64           select_id,
                                                gboolean         navigate);
void     _claimline_window_reload_paced        (ClaimlineWindow *self);
void     _claimline_window_open_article        (ClaimlineWindow *self,
                                                gint64           id,
                                                gboolean         navigate);
void     _claimline_window_sync_selection      (ClaimlineWindow *self);
gboolean _claimline_window_shows_alone         (ClaimlineWindow *self,
                                                GtkWidget       *pane);
void     _claimline_window_update_list_title   (ClaimlineWindow *self);
void     _claimline_window_set_comparison_visible (ClaimlineWindow *self,
                                                   gboolean         visible);

/* claimline-window-stories.c */
void     _claimline_window_class_stories_init  (ClaimlineWindowClass *klass);
void     _claimline_window_reload_stories      (ClaimlineWindow *self);
void     _claimline_window_reload_stories_async (ClaimlineWindow *self);
void     _claimline_window_set_story           (ClaimlineWindow *self,
                                                gint64           story_id,
                                                gboolean         navigate);
void     _claimline_window_sync_story_selection (ClaimlineWindow *self);
ClaimlineStoryItem *_claimline_window_get_story_item (ClaimlineWindow *self);
guint    _claimline_window_get_library_size    (ClaimlineWindow *self);

/* claimline-window-search.c */
void     _claimline_window_class_search_init   (ClaimlineWindowClass *klass);
void     _claimline_window_start_search        (ClaimlineWindow *self);
void     _claimline_window_show_list_page      (ClaimlineWindow *self);

/* claimline-window-import.c */
void     _claimline_window_import_file_list    (ClaimlineWindow *self,
                                                GPtrArray       *files);
void     _claimline_window_cancel_import       (ClaimlineWindow *self);
void     _claimline_window_notify_import       (ClaimlineWindow *self);

/* claimline-window-timeline.c */
void     _claimline_window_class_timeline_init (ClaimlineWindowClass *klass);
void     _claimline_window_timeline_init       (ClaimlineWindow *self);
void     _claimline_window_set_timeline_visible (ClaimlineWindow *self,
                                                 gboolean         visible);
/* Shows the events of the story on display (or of the article's story
 * among all articles); FORCE reads them again after an import. */
void     _claimline_window_update_timeline     (ClaimlineWindow *self,
                                                gboolean         force);

/* claimline-window-feeds.c */
void     _claimline_window_class_feeds_init    (ClaimlineWindowClass *klass);
void     _claimline_window_feeds_init          (ClaimlineWindow *self);
void     _claimline_window_feeds_dispose       (ClaimlineWindow *self);
/* Subscribes to URL (a feed, or a site's page naming one) or imports the
 * article it shows, in a worker thread. */
void     _claimline_window_add_url             (ClaimlineWindow *self,
                                                const char      *url);

/* claimline-window-actions.c */
void     _claimline_window_class_actions_init  (ClaimlineWindowClass *klass);
void     _claimline_window_actions_init        (ClaimlineWindow      *self);
void     _claimline_window_compare_claim       (ClaimlineWindow      *self,
                                                guint                 index);

G_END_DECLS
