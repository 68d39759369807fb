/* claimline-article-view.c
 *
 * Copyright 2026 The Claimline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "claimline-article-view.h"
#include "claimline-format.h"

/* Other outlets listed in a claim's tooltip; the comparison panel has all. */
#define MAX_TOOLTIP_OUTLETS 6

struct _ClaimlineArticleView
{
  GtkWidget         parent_instance;

  ClaimlineStore   *store;
  ClaimlineArticle *article;
  GPtrArray        *claims;       /* ClaimlineClaim*, in text order */
  GArray           *highlighted;  /* guint: indexes of the claims highlighted */
  GHashTable       *groups;       /* group id → ClaimlineClaimGroup*, for tooltips */
  GtkTextMark      *body_start;   /* where the stored text starts in the buffer */
  GtkTextMark      *scroll_mark;
  int               current;      /* index of the current claim, or -1 */
  guint             update_colors_source;
  guint             highlight_hedged : 1;
  guint             selecting : 1;

  /* Template objects */
  GtkTextTag       *agree_tag;
  GtkTextTag       *body_tag;
  GtkTextBuffer    *buffer;
  GtkTextTag       *byline_tag;
  GtkTextTag       *conflict_tag;
  GtkTextTag       *hedged_tag;
  GtkTextTag       *none_tag;
  GtkTextTag       *sentence_tag;
  GtkTextTag       *single_tag;
  GtkTextTag       *title_tag;
  GtkTextView      *text_view;
};

G_DEFINE_FINAL_TYPE (ClaimlineArticleView, claimline_article_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_CURRENT_CLAIM,
  PROP_HIGHLIGHT_HEDGED,
  PROP_STORE,
  N_PROPS
};

enum {
  CLAIM_ACTIVATED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* Text tags cannot be styled with CSS: their colours are named colours of
 * the stylesheet (light, dark and high contrast), read again when the
 * style changes. */
typedef struct
{
  gsize       tag_offset;
  const char *property;
  const char *color_name;
} TagColor;

static const TagColor tag_colors[] = {
  { G_STRUCT_OFFSET (ClaimlineArticleView, byline_tag), "foreground-rgba", "claimline_byline_color" },
  { G_STRUCT_OFFSET (ClaimlineArticleView, sentence_tag), "background-rgba", "claimline_sentence_bg" },
  { G_STRUCT_OFFSET (ClaimlineArticleView, none_tag), "background-rgba", "claimline_none_bg" },
  { G_STRUCT_OFFSET (ClaimlineArticleView, single_tag), "background-rgba", "claimline_single_bg" },
  { G_STRUCT_OFFSET (ClaimlineArticleView, agree_tag), "background-rgba", "claimline_agree_bg" },
  { G_STRUCT_OFFSET (ClaimlineArticleView, agree_tag), "underline-rgba", "claimline_agree_line" },
  { G_STRUCT_OFFSET (ClaimlineArticleView, conflict_tag), "background-rgba", "claimline_conflict_bg" },
  { G_STRUCT_OFFSET (ClaimlineArticleView, conflict_tag), "underline-rgba", "claimline_conflict_line" },
  { G_STRUCT_OFFSET (ClaimlineArticleView, hedged_tag), "foreground-rgba", "claimline_hedged_fg" },
};

static void
claimline_article_view_update_tag_colors (ClaimlineArticleView *self)
{
  GtkStyleContext *context = gtk_widget_get_style_context (GTK_WIDGET (self->text_view));

  for (guint i = 0; i < G_N_ELEMENTS (tag_colors); i++)
    {
      GtkTextTag *tag = G_STRUCT_MEMBER (GtkTextTag *, self, tag_colors[i].tag_offset);
      GdkRGBA color;

      if (gtk_style_context_lookup_color (context, tag_colors[i].color_name, &color))
        g_object_set (tag, tag_colors[i].property, &color, NULL);
    }
}

static gboolean
update_tag_colors_idle_cb (gpointer user_data)
{
  ClaimlineArticleView *self = user_data;

  self->update_colors_source = 0;
  claimline_article_view_update_tag_colors (self);
  return G_SOURCE_REMOVE;
}

static void
on_style_changed_cb (ClaimlineArticleView *self,
                     GParamSpec           *pspec,
                     AdwStyleManager      *style_manager)
{
  /* The application swaps its stylesheets on the same notification; read
   * the colours once they are in place. */
  if (self->update_colors_source == 0)
    self->update_colors_source = g_idle_add (update_tag_colors_idle_cb, self);
}

static const ClaimlineClaim *
claim_at (ClaimlineArticleView *self,
          guint                 index)
{
  return g_ptr_array_index (self->claims, index);
}

static void
get_body_iter (ClaimlineArticleView *self,
               gsize                 offset,
               GtkTextIter          *iter)
{
  gtk_text_buffer_get_iter_at_mark (self->buffer, iter, self->body_start);
  gtk_text_iter_forward_chars (iter, (int) MIN (offset, (gsize) G_MAXINT));
}

static gsize
get_body_offset (ClaimlineArticleView *self,
                 const GtkTextIter    *iter)
{
  GtkTextIter start;

  gtk_text_buffer_get_iter_at_mark (self->buffer, &start, self->body_start);
  if (gtk_text_iter_compare (iter, &start) < 0)
    return G_MAXSIZE;
  return gtk_text_iter_get_offset (iter) - gtk_text_iter_get_offset (&start);
}

static GtkTextTag *
claimline_article_view_verdict_tag (ClaimlineArticleView *self,
                                    ClaimlineVerdict      verdict)
{
  switch (verdict)
    {
    case CLAIMLINE_VERDICT_AGREE:
      return self->agree_tag;
    case CLAIMLINE_VERDICT_CONFLICT:
      return self->conflict_tag;
    case CLAIMLINE_VERDICT_SINGLE:
      return self->single_tag;
    case CLAIMLINE_VERDICT_NONE:
    default:
      return self->none_tag;
    }
}

static void
claimline_article_view_clear_highlights (ClaimlineArticleView *self)
{
  GtkTextTag *tags[] = { self->none_tag, self->single_tag, self->agree_tag,
                         self->conflict_tag, self->hedged_tag, self->sentence_tag };
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (self->buffer, &start, &end);
  for (guint i = 0; i < G_N_ELEMENTS (tags); i++)
    gtk_text_buffer_remove_tag (self->buffer, tags[i], &start, &end);
  g_array_set_size (self->highlighted, 0);
}

/* Tags every claim by its verdict, and hedged ones as hedged; hedged claims
 * stay plain when the reader turned their highlighting off. */
static void
claimline_article_view_apply_highlights (ClaimlineArticleView *self)
{
  GtkTextIter body_end;
  gsize body_length;

  claimline_article_view_clear_highlights (self);
  if (self->claims == NULL)
    return;

  gtk_text_buffer_get_end_iter (self->buffer, &body_end);
  body_length = get_body_offset (self, &body_end);

  for (guint i = 0; i < self->claims->len; i++)
    {
      const ClaimlineClaim *claim = claim_at (self, i);
      gboolean hedged = claimline_modality_is_hedged (claim->modality);
      GtkTextIter start, end;

      if (claim->start >= claim->end || claim->end > body_length)
        continue;
      if (hedged && !self->highlight_hedged)
        continue;

      get_body_iter (self, claim->start, &start);
      get_body_iter (self, claim->end, &end);
      gtk_text_buffer_apply_tag (self->buffer,
                                 claimline_article_view_verdict_tag (self, claim->verdict),
                                 &start, &end);
      if (hedged)
        gtk_text_buffer_apply_tag (self->buffer, self->hedged_tag, &start, &end);
      g_array_append_val (self->highlighted, i);
    }
}

static char *
claimline_article_view_format_byline (ClaimlineArticle *article)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  const char *outlet = claimline_article_get_outlet (article);
  const char *author = claimline_article_get_author (article);

  if (outlet != NULL && *outlet != '\0')
    g_ptr_array_add (parts, g_strdup (outlet));
  g_ptr_array_add (parts, claimline_format_article_date (article, FALSE));
  if (author != NULL && *author != '\0')
    g_ptr_array_add (parts, g_strdup (author));
  g_ptr_array_add (parts, NULL);

  return g_strjoinv (" · ", (char **) parts->pdata);
}

static void claimline_article_view_describe_current (ClaimlineArticleView *self);

static void
claimline_article_view_set_current (ClaimlineArticleView *self,
                                    int                   index)
{
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (self->buffer, &start, &end);
  gtk_text_buffer_remove_tag (self->buffer, self->sentence_tag, &start, &end);

  if (index >= 0)
    {
      const ClaimlineClaim *claim = claim_at (self, index);

      get_body_iter (self, claim->sentence_start, &start);
      get_body_iter (self, MAX (claim->sentence_end, claim->end), &end);
      gtk_text_buffer_apply_tag (self->buffer, self->sentence_tag, &start, &end);
      get_body_iter (self, claim->start, &start);
      gtk_text_buffer_move_mark (self->buffer, self->scroll_mark, &start);
    }

  if (self->current == index)
    return;

  self->current = index;
  claimline_article_view_describe_current (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CURRENT_CLAIM]);
}

/* Selects START..END of the stored text and scrolls it into view. */
static void
claimline_article_view_select_range (ClaimlineArticleView *self,
                                     gsize                 start_offset,
                                     gsize                 end_offset)
{
  GtkTextIter start, end;

  get_body_iter (self, start_offset, &start);
  get_body_iter (self, end_offset, &end);

  self->selecting = TRUE;
  gtk_text_buffer_select_range (self->buffer, &start, &end);
  self->selecting = FALSE;

  gtk_text_buffer_move_mark (self->buffer, self->scroll_mark, &start);
  gtk_text_view_scroll_to_mark (self->text_view, self->scroll_mark, 0.2, FALSE, 0.0, 0.0);
}

/* The highlighted claim that covers OFFSET of the stored text, or -1. */
static int
claimline_article_view_claim_at_offset (ClaimlineArticleView *self,
                                        gsize                 offset)
{
  for (guint i = 0; i < self->highlighted->len; i++)
    {
      guint index = g_array_index (self->highlighted, guint, i);
      const ClaimlineClaim *claim = claim_at (self, index);

      if (claim->start <= offset && offset < claim->end)
        return (int) index;
      if (claim->start > offset)
        break;
    }
  return -1;
}

/* A click (or the caret) on a claim makes it the current one. */
static void
on_buffer_mark_set_cb (ClaimlineArticleView *self,
                       const GtkTextIter    *location,
                       GtkTextMark          *mark,
                       GtkTextBuffer        *buffer)
{
  int index;

  if (self->selecting || mark != gtk_text_buffer_get_insert (buffer)
      || gtk_text_buffer_get_has_selection (buffer))
    return;

  index = claimline_article_view_claim_at_offset (self, get_body_offset (self, location));
  if (index >= 0)
    claimline_article_view_set_current (self, index);
}

static ClaimlineClaimGroup *
claimline_article_view_lookup_group (ClaimlineArticleView *self,
                                     gint64                group_id)
{
  ClaimlineClaimGroup *group;

  if (group_id <= 0 || self->store == NULL)
    return NULL;

  if (g_hash_table_lookup_extended (self->groups, &group_id, NULL, (gpointer *) &group))
    return group;

  /* A group that cannot be read is remembered as missing: the tooltip then
   * leaves the other outlets out rather than asking again on every move. */
  group = claimline_store_load_group (self->store, group_id, NULL);
  g_hash_table_insert (self->groups, g_memdup2 (&group_id, sizeof group_id), group);
  return group;
}

static void
append_other_outlets (ClaimlineArticleView *self,
                      GString              *markup,
                      const ClaimlineClaim *claim)
{
  ClaimlineClaimGroup *group = claimline_article_view_lookup_group (self, claim->group_id);
  guint n_listed = 0;
  guint n_others = 0;

  if (group == NULL || group->members == NULL)
    return;

  for (guint i = 0; i < group->members->len; i++)
    {
      ClaimlineGroupMember *member = g_ptr_array_index (group->members, i);
      g_autofree char *value = NULL;
      g_autofree char *time = NULL;
      g_autofree char *line = NULL;

      if (member->claim == NULL || member->claim->article_id == claim->article_id)
        continue;

      n_others++;
      if (n_listed == MAX_TOOLTIP_OUTLETS)
        continue;

      if (n_listed++ == 0)
        g_string_append_printf (markup, "\n\n<b>%s</b>", _("Other Outlets"));

      value = claimline_format_claim_value (member->claim);
      time = claimline_format_claim_time (member->claim);
      if (time != NULL)
        line = g_markup_printf_escaped ("\n%s: %s, %s",
                                        member->outlet != NULL ? member->outlet : _("Unknown Outlet"),
                                        value, time);
      else
        line = g_markup_printf_escaped ("\n%s: %s",
                                        member->outlet != NULL ? member->outlet : _("Unknown Outlet"),
                                        value);
      g_string_append (markup, line);
    }

  if (n_others > n_listed)
    {
      g_autofree char *more = g_strdup_printf (ngettext ("and %u more outlet",
                                                         "and %u more outlets",
                                                         n_others - n_listed),
                                               n_others - n_listed);
      g_autofree char *line = g_markup_printf_escaped ("\n<i>%s</i>", more);

      g_string_append (markup, line);
    }
  else if (n_others == 0)
    {
      g_autofree char *line = g_markup_printf_escaped ("\n\n<i>%s</i>",
                                                       _("No other outlet gives this figure"));

      g_string_append (markup, line);
    }
}

/* The tooltip of a claim: what it measures, its normalised value, time,
 * modality and source, its verdict and what the other outlets say. */
static char *
claimline_article_view_claim_markup (ClaimlineArticleView *self,
                                     const ClaimlineClaim *claim)
{
  g_autoptr(GString) markup = g_string_new (NULL);
  g_autofree char *subject = claimline_format_claim_subject (claim);
  g_autofree char *value = claimline_format_claim_value (claim);
  g_autofree char *time = claimline_format_claim_time (claim);
  g_autofree char *heading = NULL;
  g_autofree char *details = NULL;
  g_autofree char *verdict = NULL;

  heading = g_markup_printf_escaped ("<b>%s</b>\n<big>%s</big>", subject, value);
  g_string_append (markup, heading);
  if (time != NULL && g_strcmp0 (claim->kind, "date") != 0)
    {
      g_autofree char *line = g_markup_printf_escaped (" · %s", time);

      g_string_append (markup, line);
    }

  if (claim->attribution != NULL && *claim->attribution != '\0')
    /* Translators: a claim's modality and its source, e.g. "Reported · according to Bloomberg" */
    details = g_markup_printf_escaped (_("\n%s · according to %s"),
                                       claimline_format_modality (claim->modality),
                                       claim->attribution);
  else
    details = g_markup_printf_escaped ("\n%s", claimline_format_modality (claim->modality));
  g_string_append (markup, details);

  if (claim->verdict == CLAIMLINE_VERDICT_CONFLICT)
    {
      ClaimlineClaimGroup *group = claimline_article_view_lookup_group (self, claim->group_id);

      if (group != NULL && group->reason != NULL)
        /* Translators: a conflicting figure and why, e.g. "Conflicting: 2023 vs 2024" */
        verdict = g_markup_printf_escaped (_("\n<b>Conflicting: %s</b>"), group->reason);
    }
  if (verdict == NULL)
    verdict = g_markup_printf_escaped ("\n<b>%s</b>", claimline_format_verdict (claim->verdict));
  g_string_append (markup, verdict);

  append_other_outlets (self, markup, claim);

  return g_string_free (g_steal_pointer (&markup), FALSE);
}

/* Screen readers hear about the figure selected with n and p what the
 * tooltip shows. */
static void
claimline_article_view_describe_current (ClaimlineArticleView *self)
{
  g_autofree char *description = NULL;

  if (self->current >= 0)
    description = claimline_article_view_describe_claim (self, (guint) self->current);

  if (description == NULL)
    description = g_strdup (_("Figures are highlighted by how other outlets report them; "
                              "press n or p to move between them and Enter to compare one"));

  gtk_accessible_update_property (GTK_ACCESSIBLE (self->text_view),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                  -1);
}

static void
claimline_article_view_claim_area (ClaimlineArticleView *self,
                                   const ClaimlineClaim *claim,
                                   GdkRectangle         *area)
{
  GtkTextIter start, end;
  GdkRectangle first, last;

  get_body_iter (self, claim->start, &start);
  get_body_iter (self, claim->end, &end);
  gtk_text_view_get_iter_location (self->text_view, &start, &first);
  gtk_text_iter_backward_char (&end);
  gtk_text_view_get_iter_location (self->text_view, &end, &last);
  gdk_rectangle_union (&first, &last, area);
  gtk_text_view_buffer_to_window_coords (self->text_view, GTK_TEXT_WINDOW_WIDGET,
                                         area->x, area->y, &area->x, &area->y);
}

static gboolean
on_query_tooltip_cb (ClaimlineArticleView *self,
                     int                   x,
                     int                   y,
                     gboolean              keyboard_mode,
                     GtkTooltip           *tooltip,
                     GtkTextView          *text_view)
{
  g_autofree char *markup = NULL;
  const ClaimlineClaim *claim;
  GdkRectangle area;
  int index;

  if (keyboard_mode)
    index = self->current;
  else
    {
      GtkTextIter iter;
      int buffer_x, buffer_y;

      gtk_text_view_window_to_buffer_coords (text_view, GTK_TEXT_WINDOW_WIDGET, x, y,
                                             &buffer_x, &buffer_y);
      if (!gtk_text_view_get_iter_at_location (text_view, &iter, buffer_x, buffer_y))
        return FALSE;
      index = claimline_article_view_claim_at_offset (self, get_body_offset (self, &iter));
    }

  if (index < 0)
    return FALSE;

  claim = claim_at (self, index);
  markup = claimline_article_view_claim_markup (self, claim);
  gtk_tooltip_set_markup (tooltip, markup);
  claimline_article_view_claim_area (self, claim, &area);
  gtk_tooltip_set_tip_area (tooltip, &area);
  return TRUE;
}

static int
find_highlighted_position (ClaimlineArticleView *self,
                           int                   index)
{
  for (guint i = 0; i < self->highlighted->len; i++)
    if ((int) g_array_index (self->highlighted, guint, i) == index)
      return (int) i;
  return -1;
}

/* Moves DIRECTION (+1 or -1) from the current claim, wrapping around. */
static gboolean
claimline_article_view_step (ClaimlineArticleView *self,
                             int                   direction)
{
  guint n = self->highlighted->len;
  int position;

  if (n == 0)
    {
      gtk_widget_error_bell (GTK_WIDGET (self));
      return FALSE;
    }

  position = find_highlighted_position (self, self->current);
  if (position < 0)
    position = direction > 0 ? 0 : (int) n - 1;
  else
    position = (position + direction + (int) n) % (int) n;

  gtk_widget_grab_focus (GTK_WIDGET (self->text_view));
  return claimline_article_view_select_claim (self,
                                              g_array_index (self->highlighted, guint, position));
}

/* When the view gets shorter (the comparison opens below it, the window
 * shrinks), the current claim stays in sight. */
static void
on_page_size_changed_cb (ClaimlineArticleView *self,
                         GParamSpec           *pspec,
                         GtkAdjustment        *adjustment)
{
  if (self->current >= 0)
    gtk_text_view_scroll_to_mark (self->text_view, self->scroll_mark, 0.2, FALSE, 0.0, 0.0);
}

static void
claimline_article_view_next_claim_action (GtkWidget  *widget,
                                          const char *action_name,
                                          GVariant   *parameter)
{
  claimline_article_view_select_next_claim (CLAIMLINE_ARTICLE_VIEW (widget));
}

static void
claimline_article_view_previous_claim_action (GtkWidget  *widget,
                                              const char *action_name,
                                              GVariant   *parameter)
{
  claimline_article_view_select_previous_claim (CLAIMLINE_ARTICLE_VIEW (widget));
}

static void
claimline_article_view_compare_claim_action (GtkWidget  *widget,
                                             const char *action_name,
                                             GVariant   *parameter)
{
  ClaimlineArticleView *self = CLAIMLINE_ARTICLE_VIEW (widget);

  if (self->current < 0)
    {
      gtk_widget_error_bell (widget);
      return;
    }

  g_signal_emit (self, signals[CLAIM_ACTIVATED], 0, (guint) self->current);
}

static void
claimline_article_view_root (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (claimline_article_view_parent_class)->root (widget);

  /* The named colours resolve once the view is in a window. */
  claimline_article_view_update_tag_colors (CLAIMLINE_ARTICLE_VIEW (widget));
}

static void
claimline_article_view_dispose (GObject *object)
{
  ClaimlineArticleView *self = (ClaimlineArticleView *)object;
  GtkWidget *child;

  g_clear_handle_id (&self->update_colors_source, g_source_remove);

  gtk_widget_dispose_template (GTK_WIDGET (self), CLAIMLINE_TYPE_ARTICLE_VIEW);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  g_clear_object (&self->article);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (claimline_article_view_parent_class)->dispose (object);
}

static void
claimline_article_view_finalize (GObject *object)
{
  ClaimlineArticleView *self = (ClaimlineArticleView *)object;

  g_clear_pointer (&self->claims, g_ptr_array_unref);
  g_clear_pointer (&self->highlighted, g_array_unref);
  g_clear_pointer (&self->groups, g_hash_table_unref);

  G_OBJECT_CLASS (claimline_article_view_parent_class)->finalize (object);
}

static void
claimline_article_view_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  ClaimlineArticleView *self = CLAIMLINE_ARTICLE_VIEW (object);

  switch (prop_id)
    {
    case PROP_CURRENT_CLAIM:
      g_value_set_int (value, self->current);
      break;

    case PROP_HIGHLIGHT_HEDGED:
      g_value_set_boolean (value, self->highlight_hedged);
      break;

    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
claimline_article_view_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  ClaimlineArticleView *self = CLAIMLINE_ARTICLE_VIEW (object);

  switch (prop_id)
    {
    case PROP_HIGHLIGHT_HEDGED:
      claimline_article_view_set_highlight_hedged (self, g_value_get_boolean (value));
      break;

    case PROP_STORE:
      claimline_article_view_set_store (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
claimline_article_view_class_init (ClaimlineArticleViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = claimline_article_view_dispose;
  object_class->finalize = claimline_article_view_finalize;
  object_class->get_property = claimline_article_view_get_property;
  object_class->set_property = claimline_article_view_set_property;

  widget_class->root = claimline_article_view_root;

  properties[PROP_CURRENT_CLAIM] =
    g_param_spec_int ("current-claim", NULL, NULL,
                      -1, G_MAXINT, -1,
                      (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_HIGHLIGHT_HEDGED] =
    g_param_spec_boolean ("highlight-hedged", NULL, NULL,
                          TRUE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         CLAIMLINE_TYPE_STORE,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * ClaimlineArticleView::claim-activated:
   * @index: the claim, for claimline_article_view_get_claim()
   *
   * Enter was pressed on a claim: the window compares it across outlets.
   */
  signals[CLAIM_ACTIVATED] =
    g_signal_new ("claim-activated",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_UINT);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/claimline-article-view.ui");
  gtk_widget_class_bind_template_child (widget_class, ClaimlineArticleView, agree_tag);
  gtk_widget_class_bind_template_child (widget_class, ClaimlineArticleView, body_tag);
  gtk_widget_class_bind_template_child (widget_class, ClaimlineArticleView, buffer);
  gtk_widget_class_bind_template_child (widget_class, ClaimlineArticleView, byline_tag);
  gtk_widget_class_bind_template_child (widget_class, ClaimlineArticleView, conflict_tag);
  gtk_widget_class_bind_template_child (widget_class, ClaimlineArticleView, hedged_tag);
  gtk_widget_class_bind_template_child (widget_class, ClaimlineArticleView, none_tag);
  gtk_widget_class_bind_template_child (widget_class, ClaimlineArticleView, sentence_tag);
  gtk_widget_class_bind_template_child (widget_class, ClaimlineArticleView, single_tag);
  gtk_widget_class_bind_template_child (widget_class, ClaimlineArticleView, text_view);
  gtk_widget_class_bind_template_child (widget_class, ClaimlineArticleView, title_tag);
  gtk_widget_class_bind_template_callback (widget_class, on_buffer_mark_set_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_query_tooltip_cb);

  gtk_widget_class_install_action (widget_class, "article.next-claim", NULL,
                                   claimline_article_view_next_claim_action);
  gtk_widget_class_install_action (widget_class, "article.previous-claim", NULL,
                                   claimline_article_view_previous_claim_action);
  gtk_widget_class_install_action (widget_class, "article.compare-claim", NULL,
                                   claimline_article_view_compare_claim_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, 0, "article.next-claim", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, 0, "article.previous-claim", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, 0,
                                       "article.compare-claim", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Enter, 0,
                                       "article.compare-claim", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_ISO_Enter, 0,
                                       "article.compare-claim", NULL);

  gtk_widget_class_set_css_name (widget_class, "articleview");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
claimline_article_view_init (ClaimlineArticleView *self)
{
  AdwStyleManager *style_manager = adw_style_manager_get_default ();
  GtkTextIter start;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->current = -1;
  self->highlight_hedged = TRUE;
  self->highlighted = g_array_new (FALSE, FALSE, sizeof (guint));
  self->groups = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                        (GDestroyNotify) claimline_claim_group_free);

  claimline_article_view_describe_current (self);

  gtk_text_buffer_get_start_iter (self->buffer, &start);
  self->body_start = gtk_text_buffer_create_mark (self->buffer, NULL, &start, TRUE);
  self->scroll_mark = gtk_text_buffer_create_mark (self->buffer, NULL, &start, TRUE);

  g_signal_connect_object (gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (self->text_view)),
                           "notify::page-size",
                           G_CALLBACK (on_page_size_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (style_manager, "notify::dark",
                           G_CALLBACK (on_style_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (style_manager, "notify::high-contrast",
                           G_CALLBACK (on_style_changed_cb), self, G_CONNECT_SWAPPED);
}

GtkWidget *
claimline_article_view_new (void)
{
  return g_object_new (CLAIMLINE_TYPE_ARTICLE_VIEW, NULL);
}

ClaimlineStore *
claimline_article_view_get_store (ClaimlineArticleView *self)
{
  g_return_val_if_fail (CLAIMLINE_IS_ARTICLE_VIEW (self), NULL);

  return self->store;
}

void
claimline_article_view_set_store (ClaimlineArticleView *self,
                                  ClaimlineStore       *store)
{
  g_return_if_fail (CLAIMLINE_IS_ARTICLE_VIEW (self));
  g_return_if_fail (store == NULL || CLAIMLINE_IS_STORE (store));

  if (!g_set_object (&self->store, store))
    return;

  g_hash_table_remove_all (self->groups);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

ClaimlineArticle *
claimline_article_view_get_article (ClaimlineArticleView *self)
{
  g_return_val_if_fail (CLAIMLINE_IS_ARTICLE_VIEW (self), NULL);

  return self->article;
}

void
claimline_article_view_set_article (ClaimlineArticleView *self,
                                    ClaimlineArticle     *article,
                                    GPtrArray            *claims)
{
  g_autofree char *byline = NULL;
  const char *text;
  GtkTextIter iter;

  g_return_if_fail (CLAIMLINE_IS_ARTICLE_VIEW (self));
  g_return_if_fail (article == NULL || CLAIMLINE_IS_ARTICLE (article));

  g_set_object (&self->article, article);
  g_clear_pointer (&self->claims, g_ptr_array_unref);
  if (claims != NULL)
    self->claims = g_ptr_array_ref (claims);
  /* Verdicts change as articles arrive: groups are read afresh. */
  g_hash_table_remove_all (self->groups);
  g_array_set_size (self->highlighted, 0);

  gtk_text_buffer_set_text (self->buffer, "", 0);
  claimline_article_view_set_current (self, -1);

  if (article != NULL)
    {
      byline = claimline_article_view_format_byline (article);
      text = claimline_article_get_text (article);

      gtk_text_buffer_get_start_iter (self->buffer, &iter);
      gtk_text_buffer_insert_with_tags (self->buffer, &iter, claimline_article_get_title (article),
                                        -1, self->title_tag, NULL);
      gtk_text_buffer_insert (self->buffer, &iter, "\n", 1);
      gtk_text_buffer_insert_with_tags (self->buffer, &iter, byline, -1, self->byline_tag, NULL);
      gtk_text_buffer_insert (self->buffer, &iter, "\n", 1);
      /* Claim offsets count characters of the stored text from here. */
      gtk_text_buffer_move_mark (self->buffer, self->body_start, &iter);
      gtk_text_buffer_insert_with_tags (self->buffer, &iter, text != NULL ? text : "", -1,
                                        self->body_tag, NULL);
      claimline_article_view_apply_highlights (self);
    }

  gtk_text_buffer_get_start_iter (self->buffer, &iter);
  self->selecting = TRUE;
  gtk_text_buffer_place_cursor (self->buffer, &iter);
  self->selecting = FALSE;
  gtk_adjustment_set_value (gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (self->text_view)),
                            0.0);
}

gboolean
claimline_article_view_get_highlight_hedged (ClaimlineArticleView *self)
{
  g_return_val_if_fail (CLAIMLINE_IS_ARTICLE_VIEW (self), FALSE);

  return self->highlight_hedged;
}

void
claimline_article_view_set_highlight_hedged (ClaimlineArticleView *self,
                                             gboolean              highlight_hedged)
{
  int current;

  g_return_if_fail (CLAIMLINE_IS_ARTICLE_VIEW (self));

  highlight_hedged = !!highlight_hedged;
  if (self->highlight_hedged == highlight_hedged)
    return;

  self->highlight_hedged = highlight_hedged;
  current = self->current;
  claimline_article_view_apply_highlights (self);
  if (current >= 0 && find_highlighted_position (self, current) >= 0)
    claimline_article_view_set_current (self, current);
  else
    claimline_article_view_set_current (self, -1);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HIGHLIGHT_HEDGED]);
}

guint
claimline_article_view_get_n_claims (ClaimlineArticleView *self)
{
  g_return_val_if_fail (CLAIMLINE_IS_ARTICLE_VIEW (self), 0);

  return self->claims != NULL ? self->claims->len : 0;
}

const ClaimlineClaim *
claimline_article_view_get_claim (ClaimlineArticleView *self,
                                  guint                 index)
{
  g_return_val_if_fail (CLAIMLINE_IS_ARTICLE_VIEW (self), NULL);
  g_return_val_if_fail (index < claimline_article_view_get_n_claims (self), NULL);

  return claim_at (self, index);
}

int
claimline_article_view_find_claim (ClaimlineArticleView *self,
                                   gsize                 start,
                                   gsize                 end)
{
  g_return_val_if_fail (CLAIMLINE_IS_ARTICLE_VIEW (self), -1);

  for (guint i = 0; self->claims != NULL && i < self->claims->len; i++)
    {
      const ClaimlineClaim *claim = claim_at (self, i);

      if (claim->start == start && claim->end == end)
        return (int) i;
    }
  return -1;
}

int
claimline_article_view_get_current_claim (ClaimlineArticleView *self)
{
  g_return_val_if_fail (CLAIMLINE_IS_ARTICLE_VIEW (self), -1);

  return self->current;
}

gboolean
claimline_article_view_select_claim (ClaimlineArticleView *self,
                                     guint                 index)
{
  const ClaimlineClaim *claim;

  g_return_val_if_fail (CLAIMLINE_IS_ARTICLE_VIEW (self), FALSE);

  if (index >= claimline_article_view_get_n_claims (self)
      || find_highlighted_position (self, (int) index) < 0)
    return FALSE;

  claim = claim_at (self, index);
  claimline_article_view_select_range (self, claim->start, claim->end);
  claimline_article_view_set_current (self, (int) index);
  return TRUE;
}

gboolean
claimline_article_view_select_next_claim (ClaimlineArticleView *self)
{
  g_return_val_if_fail (CLAIMLINE_IS_ARTICLE_VIEW (self), FALSE);

  return claimline_article_view_step (self, +1);
}

gboolean
claimline_article_view_select_previous_claim (ClaimlineArticleView *self)
{
  g_return_val_if_fail (CLAIMLINE_IS_ARTICLE_VIEW (self), FALSE);

  return claimline_article_view_step (self, -1);
}

void
claimline_article_view_reveal_text (ClaimlineArticleView *self,
                                    gsize                 offset,
                                    int                   length)
{
  GtkTextIter start, end;
  gsize end_offset;

  g_return_if_fail (CLAIMLINE_IS_ARTICLE_VIEW (self));

  if (self->article == NULL)
    return;

  get_body_iter (self, offset, &start);
  end = start;
  if (length >= 0)
    gtk_text_iter_forward_chars (&end, length);
  else if (!gtk_text_iter_ends_word (&end))
    gtk_text_iter_forward_word_end (&end);
  end_offset = get_body_offset (self, &end);

  claimline_article_view_select_range (self, offset, end_offset);
  claimline_article_view_set_current (self, claimline_article_view_claim_at_offset (self, offset));
  gtk_widget_grab_focus (GTK_WIDGET (self->text_view));
}

char *
claimline_article_view_get_claim_markup (ClaimlineArticleView *self,
                                         guint                 index)
{
  g_return_val_if_fail (CLAIMLINE_IS_ARTICLE_VIEW (self), NULL);
  g_return_val_if_fail (index < claimline_article_view_get_n_claims (self), NULL);

  return claimline_article_view_claim_markup (self, claim_at (self, index));
}

char *
claimline_article_view_describe_claim (ClaimlineArticleView *self,
                                       guint                 index)
{
  g_autofree char *markup = NULL;
  char *text = NULL;

  g_return_val_if_fail (CLAIMLINE_IS_ARTICLE_VIEW (self), NULL);
  g_return_val_if_fail (index < claimline_article_view_get_n_claims (self), NULL);

  markup = claimline_article_view_claim_markup (self, claim_at (self, index));
  if (!pango_parse_markup (markup, -1, 0, NULL, &text, NULL, NULL))
    return NULL;
  return text;
}
