/* claimline-preferences-window.c
 *
 * Copyright 2026 The Claimline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "claimline-preferences-window.h"

struct _ClaimlinePreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  GSettings            *settings;

  /* Template widgets */
  AdwComboRow          *date_order_row;
  GtkSwitch            *hedged_switch;
  AdwComboRow          *refresh_row;
  AdwComboRow          *style_row;
};

G_DEFINE_FINAL_TYPE (ClaimlinePreferencesWindow, claimline_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

/* Combo rows list the choices of a string key in the schema's order. */
static const char * const color_schemes[] = { "default", "light", "dark", NULL };
static const char * const date_orders[] = { "month-day", "day-month", NULL };
/* The refresh row's choices, in minutes (0: only on demand). */
static const guint refresh_intervals[] = { 0, 15, 60, 180, 1440 };

/* An interval set elsewhere shows as the nearest choice not above it. */
static gboolean
interval_to_position (GValue   *value,
                      GVariant *variant,
                      gpointer  user_data)
{
  guint minutes = g_variant_get_uint32 (variant);
  guint position = 0;

  for (guint i = 0; i < G_N_ELEMENTS (refresh_intervals); i++)
    if (refresh_intervals[i] <= minutes)
      position = i;
  g_value_set_uint (value, position);
  return TRUE;
}

static GVariant *
position_to_interval (const GValue       *value,
                      const GVariantType *expected_type,
                      gpointer            user_data)
{
  guint position = g_value_get_uint (value);

  if (position >= G_N_ELEMENTS (refresh_intervals))
    return NULL;
  return g_variant_new_uint32 (refresh_intervals[position]);
}

static gboolean
choice_to_position (GValue   *value,
                    GVariant *variant,
                    gpointer  user_data)
{
  const char * const *choices = user_data;
  const char *choice = g_variant_get_string (variant, NULL);

  for (guint i = 0; choices[i] != NULL; i++)
    if (g_strcmp0 (choices[i], choice) == 0)
      {
        g_value_set_uint (value, i);
        return TRUE;
      }
  g_value_set_uint (value, 0);
  return TRUE;
}

static GVariant *
position_to_choice (const GValue       *value,
                    const GVariantType *expected_type,
                    gpointer            user_data)
{
  const char * const *choices = user_data;
  guint position = g_value_get_uint (value);

  if (position >= g_strv_length ((char **) choices))
    return NULL;
  return g_variant_new_string (choices[position]);
}

static void
claimline_preferences_window_dispose (GObject *object)
{
  ClaimlinePreferencesWindow *self = (ClaimlinePreferencesWindow *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), CLAIMLINE_TYPE_PREFERENCES_WINDOW);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (claimline_preferences_window_parent_class)->dispose (object);
}

static void
claimline_preferences_window_class_init (ClaimlinePreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = claimline_preferences_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/claimline-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, ClaimlinePreferencesWindow, date_order_row);
  gtk_widget_class_bind_template_child (widget_class, ClaimlinePreferencesWindow, hedged_switch);
  gtk_widget_class_bind_template_child (widget_class, ClaimlinePreferencesWindow, refresh_row);
  gtk_widget_class_bind_template_child (widget_class, ClaimlinePreferencesWindow, style_row);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK,
                                       "window.close", NULL);
}

static void
claimline_preferences_window_init (ClaimlinePreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = g_settings_new (APPLICATION_ID);

  g_settings_bind_with_mapping (self->settings, "color-scheme", self->style_row, "selected",
                                G_SETTINGS_BIND_DEFAULT,
                                choice_to_position, position_to_choice,
                                (gpointer) color_schemes, NULL);
  g_settings_bind (self->settings, "highlight-hedged", self->hedged_switch, "active",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind_with_mapping (self->settings, "date-order", self->date_order_row, "selected",
                                G_SETTINGS_BIND_DEFAULT,
                                choice_to_position, position_to_choice,
                                (gpointer) date_orders, NULL);
  g_settings_bind_with_mapping (self->settings, "feed-refresh-interval", self->refresh_row,
                                "selected", G_SETTINGS_BIND_DEFAULT,
                                interval_to_position, position_to_interval, NULL, NULL);
}

GtkWidget *
claimline_preferences_window_new (GtkWindow *parent)
{
  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);

  return g_object_new (CLAIMLINE_TYPE_PREFERENCES_WINDOW,
                       "transient-for", parent,
                       NULL);
}
