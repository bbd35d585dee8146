/// The explorer page's style sheet (no external font or file: system fonts only).
enum ExplorerStylesheet {
    static let source: StaticString = """

        :root { --ink: #222; --muted: #666; --line: #d9d9d9; --accent: #0b5cad; --mark: #ffe27a; }
        * { box-sizing: border-box; }
        html, body { height: 100%; }
        body { margin: 0; display: flex; flex-direction: column; font: 14px/1.4 system-ui, -apple-system, "Segoe UI", Helvetica, Arial, sans-serif; color: var(--ink); background: #fff; }
        header { padding: .5rem 1rem .25rem; border-bottom: 1px solid var(--line); }
        header h1 { font-size: 1.25rem; margin: 0 0 .2rem; }
        header p { margin: .1rem 0; }
        .view { font-size: .9rem; }
        .note { font-size: .82rem; color: var(--muted); }
        form#filters { display: flex; flex-wrap: wrap; align-items: flex-end; gap: .3rem .9rem; padding: .35rem 1rem; border-bottom: 1px solid var(--line); background: #f7f7f5; }
        fieldset { border: 0; margin: 0; padding: 0; display: flex; align-items: center; gap: .35rem; }
        legend { float: left; font-weight: 600; font-size: .8rem; color: var(--muted); margin-right: .3rem; padding: 0; }
        fieldset label { display: inline-flex; align-items: center; gap: .2rem; cursor: pointer; }
        .swatch { display: inline-block; width: 1.4em; height: .35em; border-radius: 2px; background: #999; }
        select, input, button { font: inherit; font-size: .9rem; }
        input[type=text], input[type=search], select { padding: .12rem .3rem; border: 1px solid #bbb; border-radius: 3px; background: #fff; }
        input.invalid { border-color: #c00; background: #fff0f0; }
        fieldset.search input { width: 16rem; }
        button { padding: .12rem .55rem; border: 1px solid #bbb; border-radius: 3px; background: #fff; cursor: pointer; }
        button:hover { border-color: var(--accent); }
        output#status { font-size: .85rem; color: var(--muted); margin-left: auto; }
        main#explorer { flex: 1; display: flex; min-height: 0; }
        section#figure { flex: 1; position: relative; min-width: 0; min-height: 20rem; }
        #drawing { position: absolute; inset: 0; overflow: auto; padding: 2.2rem .5rem .5rem; }
        #drawing svg { display: block; width: 100%; height: 100%; }
        .zoom { position: absolute; top: .4rem; left: .5rem; z-index: 2; display: inline-flex; gap: .2rem; }
        .zoom button { background: rgba(255,255,255,.92); }
        aside#panel { width: min(34rem, 42vw); overflow: auto; border-left: 1px solid var(--line); padding: .6rem 1rem 2rem; }
        aside#panel h2 { font-size: 1.1rem; margin: .2rem 0 .4rem; }
        aside#panel h3 { font-size: .95rem; margin: 1rem 0 .3rem; }
        aside#panel ul { list-style: none; margin: 0; padding: 0; }
        aside#panel li { margin: 0 0 .25rem; }
        .tie-button, .actor-button { display: block; width: 100%; text-align: left; border: 1px solid transparent; background: none; padding: .15rem .3rem; }
        .tie-button:hover, .actor-button:hover { border-color: var(--line); background: #f4f8fc; }
        .meta { font-size: .82rem; color: var(--muted); }
        li.evidence { border-left: 3px solid var(--line); padding: .1rem 0 .1rem .6rem; margin: 0 0 .7rem; }
        li.evidence blockquote { margin: 0 0 .2rem; font-size: .95rem; }
        li.evidence .pointer { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: .85rem; margin: 0 0 .2rem; }
        mark { background: var(--mark); padding: 0 .1em; }
        .layer-tag { display: inline-block; padding: 0 .35em; border-radius: 3px; color: #fff; font-size: .78rem; background: #777; }
        .tension { font-style: italic; }
        .actor-button-inline { margin-right: .3rem; }
        button.back { font-size: .8rem; margin-bottom: .3rem; }
        #drawing g.node, #drawing g.edge { cursor: pointer; }
        #drawing g.edge path.hit { stroke: transparent; fill: none; stroke-width: 10px; pointer-events: stroke; }
        #drawing g.dim { opacity: .12; }
        #drawing g.faint { opacity: .3; }
        #drawing g.node.selected ellipse, #drawing g.node.selected polygon, #drawing g.node.selected path { stroke: #000; stroke-width: 3px; }
        #drawing g.node.match ellipse, #drawing g.node.match polygon, #drawing g.node.match path { fill: var(--mark); }
        #drawing g.edge.selected path:not(.hit) { stroke-width: 5px; }
        @media (max-width: 900px) { main#explorer { flex-direction: column; } aside#panel { width: auto; border-left: 0; border-top: 1px solid var(--line); } }

        """
}
