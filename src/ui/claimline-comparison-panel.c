/* claimline-comparison-panel.c
 *
 * Copyright 2026 The Claimline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "claimline-comparison-panel.h"
#include "claimline-format.h"
#include "claimline-member-row.h"

struct _ClaimlineComparisonPanel
{
  GtkWidget            parent_instance;

  ClaimlineStore      *store;
  ClaimlineClaimGroup *group;
  gint64               article_id;  /* the article on display */

  /* Template widgets */
  GtkListBox          *members_list;
  AdwStatusPage       *message_page;
  GtkLabel            *reason_label;
  GtkScrolledWindow   *scrolled_window;
  GtkStack            *stack;
  GtkLabel            *subtitle_label;
  GtkLabel            *title_label;
  GtkWidget           *verdict_box;
  GtkImage            *verdict_icon;
  GtkLabel            *verdict_label;
};

G_DEFINE_FINAL_TYPE (ClaimlineComparisonPanel, claimline_comparison_panel, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

enum {
  MEMBER_ACTIVATED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static const char * const verdict_classes[] = { "agree", "conflict", "single", "none" };

/* The sentence of MEMBER's claim, as the group gives it or else read from
 * its article (NULL if unreadable). */
static char *
claimline_comparison_panel_read_sentence (ClaimlineComparisonPanel   *self,
                                          GHashTable                 *articles,
                                          const ClaimlineGroupMember *member)
{
  const ClaimlineClaim *claim = member->claim;
  ClaimlineArticle *article;
  const char *text;

  if (member->sentence != NULL)
    return g_strdup (member->sentence);

  if (self->store == NULL || claim->sentence_end <= claim->sentence_start)
    return NULL;

  article = g_hash_table_lookup (articles, &claim->article_id);
  if (article == NULL)
    {
      article = claimline_store_load_article (self->store, claim->article_id, NULL);
      if (article == NULL)
        return NULL;
      g_hash_table_insert (articles, g_memdup2 (&claim->article_id, sizeof (gint64)), article);
    }

  text = claimline_article_get_text (article);
  if (text == NULL || (glong) claim->sentence_end > g_utf8_strlen (text, -1))
    return NULL;
  return g_utf8_substring (text, (glong) claim->sentence_start, (glong) claim->sentence_end);
}

/* Whether MEMBER departs from the rest of a conflicting group: another year
 * than most give, or a value most of the others do not agree with. */
static gboolean
claimline_comparison_panel_member_differs (const ClaimlineClaimGroup  *group,
                                           const ClaimlineGroupMember *member)
{
  guint n_agreeing = 0;

  if (group->verdict != CLAIMLINE_VERDICT_CONFLICT)
    return FALSE;

  if (group->conflict == CLAIMLINE_CONFLICT_TIME)
    return group->time_value != NULL
           && g_strcmp0 (member->claim->time_value, group->time_value) != 0;

  for (guint i = 0; i < group->members->len; i++)
    {
      ClaimlineGroupMember *other = g_ptr_array_index (group->members, i);

      if (other != member && claimline_compare_values_agree (member->claim, other->claim))
        n_agreeing++;
    }
  return n_agreeing * 2 < group->members->len - 1;
}

static char *
claimline_comparison_panel_format_title (const ClaimlineClaimGroup *group)
{
  ClaimlineClaim claim = { 0 };

  claim.attribute = group->attribute;
  claim.subject = group->subject;
  return claimline_format_claim_subject (&claim);
}

static void
claimline_comparison_panel_update_verdict (ClaimlineComparisonPanel *self)
{
  const ClaimlineClaimGroup *group = self->group;
  guint n = group->members->len;
  g_autofree char *reason = NULL;
  const char *icon_name;
  const char *css_class;
  const char *title;

  switch (group->verdict)
    {
    case CLAIMLINE_VERDICT_AGREE:
      icon_name = "emblem-ok-symbolic";
      css_class = "agree";
      title = _("Outlets Agree");
      reason = g_strdup_printf (ngettext ("The %u outlet gives a compatible figure",
                                          "All %u outlets give compatible figures", n), n);
      break;

    case CLAIMLINE_VERDICT_CONFLICT:
      icon_name = "dialog-warning-symbolic";
      css_class = "conflict";
      title = group->conflict == CLAIMLINE_CONFLICT_TIME ? _("Outlets Disagree on the Time")
                                                         : _("Outlets Disagree on the Figure");
      reason = g_strdup (group->reason != NULL ? group->reason : "");
      break;

    case CLAIMLINE_VERDICT_SINGLE:
      icon_name = "help-about-symbolic";
      css_class = "single";
      title = _("Single Source");
      reason = g_strdup (_("No other outlet gives this figure"));
      break;

    case CLAIMLINE_VERDICT_NONE:
    default:
      icon_name = "content-loading-symbolic";
      css_class = "none";
      title = _("Not Compared Yet");
      reason = g_strdup (_("The outlets of this story have not been lined up yet"));
      break;
    }

  if (group->hedged)
    {
      g_autofree char *plain = g_steal_pointer (&reason);

      /* Translators: appended to a verdict's explanation */
      reason = g_strdup_printf (_("%s. Some outlets hedge it."), plain);
    }

  for (guint i = 0; i < G_N_ELEMENTS (verdict_classes); i++)
    gtk_widget_remove_css_class (self->verdict_box, verdict_classes[i]);
  gtk_widget_add_css_class (self->verdict_box, css_class);
  gtk_image_set_from_icon_name (self->verdict_icon, icon_name);
  gtk_label_set_label (self->verdict_label, title);
  gtk_label_set_label (self->reason_label, reason);
  gtk_widget_set_visible (GTK_WIDGET (self->reason_label), *reason != '\0');
}

static void
claimline_comparison_panel_remove_rows (ClaimlineComparisonPanel *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->members_list))) != NULL)
    gtk_list_box_remove (self->members_list, child);
}

static void
claimline_comparison_panel_fill (ClaimlineComparisonPanel *self)
{
  g_autoptr(GHashTable) articles = g_hash_table_new_full (g_int64_hash, g_int64_equal,
                                                          g_free, g_object_unref);
  g_autofree char *title = claimline_comparison_panel_format_title (self->group);
  g_autofree char *subtitle = NULL;
  guint n = self->group->members->len;

  claimline_comparison_panel_remove_rows (self);

  for (guint i = 0; i < n; i++)
    {
      ClaimlineGroupMember *member = g_ptr_array_index (self->group->members, i);
      g_autofree char *sentence = NULL;
      GtkWidget *row;

      if (member->claim == NULL)
        continue;

      sentence = claimline_comparison_panel_read_sentence (self, articles, member);
      row = claimline_member_row_new (member, sentence,
                                      claimline_comparison_panel_member_differs (self->group, member));
      claimline_member_row_set_current (CLAIMLINE_MEMBER_ROW (row),
                                        member->claim->article_id == self->article_id);
      gtk_list_box_append (self->members_list, row);
    }

  subtitle = g_strdup_printf (ngettext ("%u outlet", "%u outlets", n), n);
  if (self->group->time_value != NULL)
    {
      ClaimlineClaim claim = { 0 };
      g_autofree char *time = NULL;

      claim.time_value = self->group->time_value;
      time = claimline_format_claim_time (&claim);
      if (time != NULL)
        {
          g_autofree char *count = g_steal_pointer (&subtitle);

          subtitle = g_strdup_printf ("%s · %s", time, count);
        }
    }

  gtk_label_set_label (self->title_label, title);
  gtk_label_set_label (self->subtitle_label, subtitle);
  gtk_widget_set_visible (GTK_WIDGET (self->subtitle_label), TRUE);
  claimline_comparison_panel_update_verdict (self);
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scrolled_window), 0.0);
  gtk_stack_set_visible_child_name (self->stack, "group");
}

static void
on_member_row_activated_cb (ClaimlineComparisonPanel *self,
                            GtkListBoxRow            *row,
                            GtkListBox               *list_box)
{
  ClaimlineMemberRow *member_row = CLAIMLINE_MEMBER_ROW (row);

  g_signal_emit (self, signals[MEMBER_ACTIVATED], 0,
                 claimline_member_row_get_article_id (member_row),
                 (guint64) claimline_member_row_get_start (member_row),
                 (guint64) claimline_member_row_get_end (member_row));
}

static void
claimline_comparison_panel_dispose (GObject *object)
{
  ClaimlineComparisonPanel *self = (ClaimlineComparisonPanel *)object;
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), CLAIMLINE_TYPE_COMPARISON_PANEL);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  g_clear_object (&self->store);

  G_OBJECT_CLASS (claimline_comparison_panel_parent_class)->dispose (object);
}

static void
claimline_comparison_panel_finalize (GObject *object)
{
  ClaimlineComparisonPanel *self = (ClaimlineComparisonPanel *)object;

  g_clear_pointer (&self->group, claimline_claim_group_free);

  G_OBJECT_CLASS (claimline_comparison_panel_parent_class)->finalize (object);
}

static void
claimline_comparison_panel_get_property (GObject    *object,
                                         guint       prop_id,
                                         GValue     *value,
                                         GParamSpec *pspec)
{
  ClaimlineComparisonPanel *self = CLAIMLINE_COMPARISON_PANEL (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
claimline_comparison_panel_set_property (GObject      *object,
                                         guint         prop_id,
                                         const GValue *value,
                                         GParamSpec   *pspec)
{
  ClaimlineComparisonPanel *self = CLAIMLINE_COMPARISON_PANEL (object);

  switch (prop_id)
    {
    case PROP_STORE:
      claimline_comparison_panel_set_store (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
claimline_comparison_panel_class_init (ClaimlineComparisonPanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = claimline_comparison_panel_dispose;
  object_class->finalize = claimline_comparison_panel_finalize;
  object_class->get_property = claimline_comparison_panel_get_property;
  object_class->set_property = claimline_comparison_panel_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         CLAIMLINE_TYPE_STORE,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * ClaimlineComparisonPanel::member-activated:
   * @article_id: the outlet's article
   * @start: where the claim's figure starts in its text (characters)
   * @end: where it ends
   *
   * An outlet's row was activated: the window opens the article there.
   */
  signals[MEMBER_ACTIVATED] =
    g_signal_new ("member-activated",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 3, G_TYPE_INT64, G_TYPE_UINT64, G_TYPE_UINT64);

  g_type_ensure (CLAIMLINE_TYPE_MEMBER_ROW);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/claimline-comparison-panel.ui");
  gtk_widget_class_bind_template_child (widget_class, ClaimlineComparisonPanel, members_list);
  gtk_widget_class_bind_template_child (widget_class, ClaimlineComparisonPanel, message_page);
  gtk_widget_class_bind_template_child (widget_class, ClaimlineComparisonPanel, reason_label);
  gtk_widget_class_bind_template_child (widget_class, ClaimlineComparisonPanel, scrolled_window);
  gtk_widget_class_bind_template_child (widget_class, ClaimlineComparisonPanel, stack);
  gtk_widget_class_bind_template_child (widget_class, ClaimlineComparisonPanel, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, ClaimlineComparisonPanel, title_label);
  gtk_widget_class_bind_template_child (widget_class, ClaimlineComparisonPanel, verdict_box);
  gtk_widget_class_bind_template_child (widget_class, ClaimlineComparisonPanel, verdict_icon);
  gtk_widget_class_bind_template_child (widget_class, ClaimlineComparisonPanel, verdict_label);
  gtk_widget_class_bind_template_callback (widget_class, on_member_row_activated_cb);

  gtk_widget_class_set_css_name (widget_class, "comparisonpanel");
}

static void
claimline_comparison_panel_init (ClaimlineComparisonPanel *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
claimline_comparison_panel_new (void)
{
  return g_object_new (CLAIMLINE_TYPE_COMPARISON_PANEL, NULL);
}

ClaimlineStore *
claimline_comparison_panel_get_store (ClaimlineComparisonPanel *self)
{
  g_return_val_if_fail (CLAIMLINE_IS_COMPARISON_PANEL (self), NULL);

  return self->store;
}

void
claimline_comparison_panel_set_store (ClaimlineComparisonPanel *self,
                                      ClaimlineStore           *store)
{
  g_return_if_fail (CLAIMLINE_IS_COMPARISON_PANEL (self));
  g_return_if_fail (store == NULL || CLAIMLINE_IS_STORE (store));

  if (g_set_object (&self->store, store))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

void
claimline_comparison_panel_show_group (ClaimlineComparisonPanel *self,
                                       ClaimlineClaimGroup      *group,
                                       gint64                    article_id)
{
  g_return_if_fail (CLAIMLINE_IS_COMPARISON_PANEL (self));
  g_return_if_fail (group != NULL && group->members != NULL);

  g_clear_pointer (&self->group, claimline_claim_group_free);
  self->group = group;
  self->article_id = article_id;
  claimline_comparison_panel_fill (self);
}

void
claimline_comparison_panel_show_message (ClaimlineComparisonPanel *self,
                                         const char               *title,
                                         const char               *description)
{
  g_autofree char *markup = NULL;

  g_return_if_fail (CLAIMLINE_IS_COMPARISON_PANEL (self));
  g_return_if_fail (title != NULL);

  g_clear_pointer (&self->group, claimline_claim_group_free);
  claimline_comparison_panel_remove_rows (self);

  if (description != NULL)
    markup = g_markup_escape_text (description, -1);
  adw_status_page_set_title (self->message_page, title);
  adw_status_page_set_description (self->message_page, markup);
  gtk_label_set_label (self->title_label, _("Compare Outlets"));
  gtk_widget_set_visible (GTK_WIDGET (self->subtitle_label), FALSE);
  gtk_stack_set_visible_child_name (self->stack, "message");
}

void
claimline_comparison_panel_clear (ClaimlineComparisonPanel *self)
{
  g_return_if_fail (CLAIMLINE_IS_COMPARISON_PANEL (self));

  g_clear_pointer (&self->group, claimline_claim_group_free);
  claimline_comparison_panel_remove_rows (self);
  gtk_label_set_label (self->title_label, _("Compare Outlets"));
  gtk_widget_set_visible (GTK_WIDGET (self->subtitle_label), FALSE);
  gtk_stack_set_visible_child_name (self->stack, "empty");
}

const ClaimlineClaimGroup *
claimline_comparison_panel_get_group (ClaimlineComparisonPanel *self)
{
  g_return_val_if_fail (CLAIMLINE_IS_COMPARISON_PANEL (self), NULL);

  return self->group;
}

guint
claimline_comparison_panel_get_n_members (ClaimlineComparisonPanel *self)
{
  guint n = 0;

  g_return_val_if_fail (CLAIMLINE_IS_COMPARISON_PANEL (self), 0);

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->members_list));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (CLAIMLINE_IS_MEMBER_ROW (child))
      n++;
  return n;
}

void
claimline_comparison_panel_set_current_article (ClaimlineComparisonPanel *self,
                                                gint64                    article_id)
{
  g_return_if_fail (CLAIMLINE_IS_COMPARISON_PANEL (self));

  self->article_id = article_id;
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->members_list));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (CLAIMLINE_IS_MEMBER_ROW (child))
      claimline_member_row_set_current (CLAIMLINE_MEMBER_ROW (child),
                                        claimline_member_row_get_article_id (CLAIMLINE_MEMBER_ROW (child)) == article_id);
}
