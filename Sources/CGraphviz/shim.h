#ifndef GEOGRAPH_CGRAPHVIZ_SHIM_H
#define GEOGRAPH_CGRAPHVIZ_SHIM_H

#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>
#include <stdlib.h>

/// gvRenderData's length is `unsigned int *` in Graphviz 2.43 and `size_t *` in later releases;
/// this wrapper hides the difference behind a size_t.
static inline int cgv_render_data(GVC_t *gvc, Agraph_t *g, const char *format, char **result, size_t *length) {
    unsigned int len32 = 0;
#if defined(GVC_VERSION_MAJOR) && GVC_VERSION_MAJOR >= 3
    size_t len = 0;
    int rc = gvRenderData(gvc, g, format, result, &len);
    *length = len;
    (void)len32;
    return rc;
#else
    int rc = gvRenderData(gvc, g, format, result, &len32);
    *length = len32;
    return rc;
#endif
}

/// The directed graph descriptor (a global in cgraph) as a value.
static inline Agdesc_t cgv_directed(void) { return Agdirected; }
static inline Agdesc_t cgv_strict_directed(void) { return Agstrictdirected; }

/// agtail/aghead are macros in cgraph.h; these make them callable from Swift.
static inline Agnode_t *cgv_tail(Agedge_t *e) { return agtail(e); }
static inline Agnode_t *cgv_head(Agedge_t *e) { return aghead(e); }

/// The attribute kinds (macros in cgraph.h) as functions.
static inline int cgv_kind_graph(void) { return AGRAPH; }
static inline int cgv_kind_node(void) { return AGNODE; }
static inline int cgv_kind_edge(void) { return AGEDGE; }

/// The warning level (an enum constant) for agseterr.
static inline agerrlevel_t cgv_level_warning(void) { return AGWARN; }

/// Frees a list returned by gvPluginList: each string, then the array.
static inline void cgv_free_plugin_list(char **list, int count) {
    if (!list) return;
    for (int i = 0; i < count; i++) free(list[i]);
    free(list);
}

// MARK: Edge routing (GeoGraphRender's Graphviz+Routing.swift)
// The functions below are exported by libgvc and libpathplan but declared only in Graphviz's private
// headers (render.h, globals.h); these are their 2.42/2.43 signatures (Debian bookworm).
#include <graphviz/pathplan.h>

extern int Nop;                                        /* neato -n level: 2 keeps given edge splines */
extern shape_kind shapeOf(node_t *n);
extern void gv_free_splines(edge_t *e);
extern void clip_and_install(edge_t *fe, node_t *hn, pointf *ps, int pn, splineInfo *info);

/// neato's splineInfo: never swap ends, no merge nodes.
static inline boolean cgv_never_swap(edge_t *e) { (void)e; return 0; }
static inline boolean cgv_never_merge(node_t *n) { (void)n; return 0; }
static inline splineInfo cgv_spline_info(void) {
    splineInfo info = { cgv_never_swap, cgv_never_merge, 1, 0 };
    return info;
}

/// Sets neato's -n level (the Nop global) and returns the previous one.
static inline int cgv_set_nop(int level) { int old = Nop; Nop = level; return old; }

/// A laid-out node's centre (points).
static inline pointf cgv_node_coord(Agnode_t *n) { return ND_coord(n); }
/// A laid-out node's width and height (inches).
static inline double cgv_node_width(Agnode_t *n) { return ND_width(n); }
static inline double cgv_node_height(Agnode_t *n) { return ND_height(n); }
/// A laid-out node's polygon corners (points, relative to its centre) and their count, when its shape
/// is a polygon of 3 or more sides; 0 for an ellipse or a point; -1 for anything else (records,
/// custom shapes: take their bounding box).
static inline int cgv_node_polygon(Agnode_t *n, pointf **corners) {
    shape_kind kind = shapeOf(n);
    if (kind != SH_POLY && kind != SH_POINT) return -1;
    polygon_t *polygon = (polygon_t *)ND_shape_info(n);
    if (!polygon) return -1;
    if (polygon->sides < 3 || !polygon->vertices) return 0;
    *corners = polygon->vertices;
    return polygon->sides;
}
/// The points of a laid-out edge's first Bézier (3m+1 of them) and their count; 0 when it has none.
static inline int cgv_edge_curve(Agedge_t *e, pointf **points) {
    if (!ED_spl(e) || ED_spl(e)->size < 1) return 0;
    *points = ED_spl(e)->list[0].list;
    return ED_spl(e)->list[0].size;
}

#endif
