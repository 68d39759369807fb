/* claimline-window-private.h
 *
 * Copyright 2026 The Claimline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "claimline-article-list.h"
#include "claimline-window.h"

G_BEGIN_DECLS

struct _ClaimlineWindow
{
  AdwApplicationWindow  parent_instance;

  ClaimlineStore       *store;
  ClaimlineArticleList *articles;
  ClaimlineArticle     *article;      /* the article shown, with its text */
  GSettings            *settings;
  GCancellable         *cancellable;  /* cancelled when the window goes away */
  guint                 n_imports;    /* imports running in worker threads */
  guint                 update_colors_source;
  guint                 syncing_selection : 1;

  /* Template widgets */
  GtkTextView          *article_view;
  GtkWidget            *content_pane;
  GtkStack             *content_stack;
  AdwWindowTitle       *content_title;
  GtkWidget            *drop_highlight;
  AdwStatusPage        *error_page;
  AdwLeaflet           *leaflet;
  GtkListView          *list_view;
  GtkStack             *main_stack;
  GtkSingleSelection   *selection;
  GtkWidget            *sidebar_pane;
  AdwWindowTitle       *sidebar_title;
  AdwToastOverlay      *toast_overlay;
};

/* claimline-window.c */
void _claimline_window_reload             (ClaimlineWindow *self,
                                           gint64           select_id,
                                           gboolean         navigate);
void _claimline_window_begin_import       (ClaimlineWindow *self);
void _claimline_window_end_import         (ClaimlineWindow *self);

/* claimline-window-actions.c */
void _claimline_window_class_actions_init (ClaimlineWindowClass *klass);
void _claimline_window_actions_init       (ClaimlineWindow      *self);
void _claimline_window_import_file_list   (ClaimlineWindow      *self,
                                           GPtrArray            *files);

G_END_DECLS
