/* claimline-application.c
 *
 * Copyright 2026 The Claimline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "claimline-application.h"
#include "claimline-error.h"
#include "claimline-preferences-window.h"
#include "claimline-sample.h"
#include "claimline-ui-resources.h"
#include "claimline-window.h"

struct _ClaimlineApplication
{
  AdwApplication  parent_instance;

  ClaimlineStore *store;
  GSettings      *settings;
  GError         *store_error;   /* why the store could not be opened */
  GError         *sample_error;  /* why the sample story could not be imported */
  gboolean        offered_fresh_store;
};

G_DEFINE_FINAL_TYPE (ClaimlineApplication, claimline_application, ADW_TYPE_APPLICATION)

/* Opens the user's store; a new, empty store gets the built-in sample story so
 * that the first run shows the product working. */
static void
claimline_application_open_store (ClaimlineApplication *self)
{
  g_autofree char *path = claimline_store_default_path ();
  g_autoptr(ClaimlineStore) store = NULL;
  g_autoptr(GError) error = NULL;
  gint64 n_articles;

  store = claimline_store_new (path, &error);
  if (store == NULL)
    {
      self->store_error = g_steal_pointer (&error);
      return;
    }

  n_articles = claimline_store_count_articles (store, &error);
  if (n_articles < 0)
    {
      self->store_error = g_steal_pointer (&error);
      return;
    }

  if (n_articles == 0 && !claimline_sample_import (store, NULL, &error))
    self->sample_error = g_steal_pointer (&error);

  self->store = g_steal_pointer (&store);
}

static ClaimlineWindow *
claimline_application_new_window (ClaimlineApplication *self)
{
  ClaimlineWindow *window = claimline_window_new (self, self->store);

  if (self->store_error != NULL)
    claimline_window_show_store_error (window, self->store_error);
  else if (self->sample_error != NULL)
    {
      g_autofree char *message = g_strdup_printf (_("Could not load the sample story: %s"),
                                                  self->sample_error->message);

      claimline_window_add_toast (window, message);
      g_clear_error (&self->sample_error);
    }

  return window;
}

static ClaimlineWindow *
claimline_application_ensure_window (ClaimlineApplication *self)
{
  GtkWindow *active = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (CLAIMLINE_IS_WINDOW (active))
    return CLAIMLINE_WINDOW (active);
  return claimline_application_new_window (self);
}

static void
destroy_window_cb (gpointer data)
{
  gtk_window_destroy (GTK_WINDOW (data));
  g_object_unref (data);
}

/* A damaged store is never deleted: the reader may move it aside (with its
 * journal files, under a dated name) and start with an empty library in a
 * new window, or quit and rescue it. */
static void
on_damaged_store_response_cb (AdwMessageDialog     *dialog,
                              const char           *response,
                              ClaimlineApplication *self)
{
  GtkWindow *old_window = gtk_window_get_transient_for (GTK_WINDOW (dialog));
  g_autofree char *path = claimline_store_default_path ();
  g_autofree char *moved = NULL;
  g_autofree char *message = NULL;
  g_autoptr(GError) error = NULL;
  ClaimlineWindow *window;

  if (g_strcmp0 (response, "move") != 0)
    {
      g_application_quit (G_APPLICATION (self));
      return;
    }

  moved = claimline_store_move_aside (path, &error);
  if (moved == NULL)
    {
      message = g_strdup_printf (_("Could not move the damaged library aside: %s"),
                                 error->message);
      claimline_window_add_toast (CLAIMLINE_WINDOW (old_window), message);
      return;
    }

  g_clear_error (&self->store_error);
  claimline_application_open_store (self);
  /* The new window first: closing the last one would end the application.
   * The old one goes once the dialog, its child, has finished. */
  window = claimline_application_new_window (self);
  gtk_window_present (GTK_WINDOW (window));
  g_idle_add_once (destroy_window_cb, g_object_ref (old_window));
  if (self->store_error == NULL)
    {
      message = g_strdup_printf (_("The damaged library was moved to %s"), moved);
      claimline_window_add_toast (window, message);
    }
}

static void
claimline_application_offer_fresh_store (ClaimlineApplication *self,
                                         ClaimlineWindow      *window)
{
  g_autofree char *path = NULL;
  AdwMessageDialog *dialog;

  if (!g_error_matches (self->store_error, CLAIMLINE_ERROR, CLAIMLINE_ERROR_STORE_CORRUPT) ||
      self->offered_fresh_store)
    return;
  self->offered_fresh_store = TRUE;

  path = claimline_store_default_path ();
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (window),
                                                       _("The Library Is Damaged"), NULL));
  adw_message_dialog_format_body (dialog,
                                  _("Claimline cannot read its library file:\n%s\n\n"
                                    "It can move the damaged file aside, keeping it next to "
                                    "the new one with “corrupt” and today’s date in its name, "
                                    "and start with an empty library. Nothing is deleted."),
                                  self->store_error->message);
  adw_message_dialog_add_responses (dialog,
                                    "quit", _("_Quit"),
                                    "move", _("_Move Aside and Start Fresh"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "move", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "move");
  adw_message_dialog_set_close_response (dialog, "quit");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_damaged_store_response_cb), self,
                           0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* The style the reader chose in the preferences, or the system's. */
static void
on_color_scheme_changed_cb (ClaimlineApplication *self,
                            const char           *key,
                            GSettings            *settings)
{
  g_autofree char *scheme = g_settings_get_string (settings, "color-scheme");
  AdwColorScheme color_scheme = ADW_COLOR_SCHEME_DEFAULT;

  if (g_strcmp0 (scheme, "light") == 0)
    color_scheme = ADW_COLOR_SCHEME_FORCE_LIGHT;
  else if (g_strcmp0 (scheme, "dark") == 0)
    color_scheme = ADW_COLOR_SCHEME_FORCE_DARK;

  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), color_scheme);
}

static void
claimline_application_startup (GApplication *application)
{
  ClaimlineApplication *self = CLAIMLINE_APPLICATION (application);
  static const char *quit_accels[] = { "<Control>q", NULL };
  static const char *preferences_accels[] = { "<Control>comma", NULL };

  G_APPLICATION_CLASS (claimline_application_parent_class)->startup (application);

  gtk_window_set_default_icon_name (APPLICATION_ID);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.preferences",
                                         preferences_accels);

  self->settings = g_settings_new (APPLICATION_ID);
  g_signal_connect_object (self->settings, "changed::color-scheme",
                           G_CALLBACK (on_color_scheme_changed_cb), self, G_CONNECT_SWAPPED);
  on_color_scheme_changed_cb (self, "color-scheme", self->settings);

  claimline_application_open_store (self);
}

static void
claimline_application_activate (GApplication *application)
{
  ClaimlineApplication *self = CLAIMLINE_APPLICATION (application);
  ClaimlineWindow *window = claimline_application_ensure_window (self);

  gtk_window_present (GTK_WINDOW (window));
  claimline_application_offer_fresh_store (self, window);
}

static void
claimline_application_open (GApplication  *application,
                            GFile        **files,
                            int            n_files,
                            const char    *hint)
{
  ClaimlineApplication *self = CLAIMLINE_APPLICATION (application);
  ClaimlineWindow *window = claimline_application_ensure_window (self);

  gtk_window_present (GTK_WINDOW (window));
  claimline_application_offer_fresh_store (self, window);
  claimline_window_import_files (window, files, n_files);
}

static void
claimline_application_quit_action (GSimpleAction *action,
                                   GVariant      *parameter,
                                   gpointer       user_data)
{
  g_application_quit (G_APPLICATION (user_data));
}

static void
claimline_application_about_action (GSimpleAction *action,
                                    GVariant      *parameter,
                                    gpointer       user_data)
{
  GtkApplication *application = GTK_APPLICATION (user_data);
  static const char *developers[] = { "The Claimline authors", NULL };

  adw_show_about_window (gtk_application_get_active_window (application),
                         "application-name", _("Claimline"),
                         "application-icon", APPLICATION_ID,
                         "version", PACKAGE_VERSION,
                         "comments", _("Follow one news story across many outlets and "
                                       "see where their figures agree"),
                         "developer-name", _("The Claimline authors"),
                         "developers", developers,
                         "copyright", "© 2026 The Claimline authors",
                         "license-type", GTK_LICENSE_GPL_3_0,
                         "translator-credits", _("translator-credits"),
                         NULL);
}

static void
claimline_application_preferences_action (GSimpleAction *action,
                                          GVariant      *parameter,
                                          gpointer       user_data)
{
  GtkApplication *application = GTK_APPLICATION (user_data);
  GtkWidget *preferences;

  preferences = claimline_preferences_window_new (gtk_application_get_active_window (application));
  gtk_window_present (GTK_WINDOW (preferences));
}

static const GActionEntry app_actions[] = {
  { .name = "quit", .activate = claimline_application_quit_action },
  { .name = "preferences", .activate = claimline_application_preferences_action },
  { .name = "about", .activate = claimline_application_about_action },
};

static void
claimline_application_dispose (GObject *object)
{
  ClaimlineApplication *self = (ClaimlineApplication *)object;

  g_clear_object (&self->store);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (claimline_application_parent_class)->dispose (object);
}

static void
claimline_application_finalize (GObject *object)
{
  ClaimlineApplication *self = (ClaimlineApplication *)object;

  g_clear_error (&self->store_error);
  g_clear_error (&self->sample_error);

  G_OBJECT_CLASS (claimline_application_parent_class)->finalize (object);
}

static void
claimline_application_class_init (ClaimlineApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->dispose = claimline_application_dispose;
  object_class->finalize = claimline_application_finalize;

  app_class->startup = claimline_application_startup;
  app_class->activate = claimline_application_activate;
  app_class->open = claimline_application_open;

  /* The templates and the stylesheet live in the UI resource bundle; it has
   * to be registered before any widget class is initialised. */
  claimline_ui_register_resource ();
}

static void
claimline_application_init (ClaimlineApplication *self)
{
  g_action_map_add_action_entries (G_ACTION_MAP (self),
                                   app_actions, G_N_ELEMENTS (app_actions),
                                   self);
}

ClaimlineApplication *
claimline_application_new (void)
{
  return g_object_new (CLAIMLINE_TYPE_APPLICATION,
                       "application-id", APPLICATION_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN,
                       "resource-base-path", RESOURCE_PREFIX,
                       NULL);
}

ClaimlineStore *
claimline_application_get_store (ClaimlineApplication *self)
{
  g_return_val_if_fail (CLAIMLINE_IS_APPLICATION (self), NULL);

  return self->store;
}
