//! Exports: DOT, TimelineJS3, Markdown, TimeML.

use dateline::timeline::ArticleInput;
use dateline::timeml::Document;

use super::kazakhstan;

/// A small syntactic check of DOT: `digraph ID { stmt* }` where statements
/// are node statements (`ID [attrs];`), edge statements (`ID -> ID
/// [attrs];`) or graph attributes (`key=value;`, `node [...]`,
/// `edge [...]`), with quoted strings and balanced brackets.
fn check_dot(dot: &str) -> Result<(usize, usize), String> {
    #[derive(Debug, PartialEq)]
    enum T {
        Id(String),
        Sym(char),
        Arrow,
    }
    let mut toks = Vec::new();
    let cs: Vec<char> = dot.chars().collect();
    let mut i = 0;
    while i < cs.len() {
        let c = cs[i];
        if c.is_whitespace() {
            i += 1;
        } else if c == '"' {
            let mut s = String::new();
            i += 1;
            loop {
                match cs.get(i) {
                    None => return Err("unterminated string".into()),
                    Some('\\') => {
                        s.push(cs.get(i + 1).copied().ok_or("dangling escape")?);
                        i += 2;
                    }
                    Some('"') => {
                        i += 1;
                        break;
                    }
                    Some(&c) => {
                        s.push(c);
                        i += 1;
                    }
                }
            }
            toks.push(T::Id(s));
        } else if c == '-' && cs.get(i + 1) == Some(&'>') {
            toks.push(T::Arrow);
            i += 2;
        } else if "{}[];,=".contains(c) {
            toks.push(T::Sym(c));
            i += 1;
        } else if c.is_alphanumeric() || c == '_' || c == '.' {
            let mut s = String::new();
            while i < cs.len() && (cs[i].is_alphanumeric() || cs[i] == '_' || cs[i] == '.') {
                s.push(cs[i]);
                i += 1;
            }
            toks.push(T::Id(s));
        } else {
            return Err(format!("unexpected {c:?}"));
        }
    }
    let mut p = 0;
    let id = |p: &mut usize| -> Result<String, String> {
        match toks.get(*p) {
            Some(T::Id(s)) => {
                *p += 1;
                Ok(s.clone())
            }
            t => Err(format!("expected an id, found {t:?}")),
        }
    };
    let sym = |p: &mut usize, c: char| -> Result<(), String> {
        if toks.get(*p) == Some(&T::Sym(c)) {
            *p += 1;
            Ok(())
        } else {
            Err(format!(
                "expected {c:?} at token {p}, found {:?}",
                toks.get(*p)
            ))
        }
    };
    let attrs = |p: &mut usize| -> Result<(), String> {
        if toks.get(*p) != Some(&T::Sym('[')) {
            return Ok(());
        }
        *p += 1;
        while toks.get(*p) != Some(&T::Sym(']')) {
            id(p)?;
            sym(p, '=')?;
            id(p)?;
            if toks.get(*p) == Some(&T::Sym(',')) {
                *p += 1;
            }
        }
        *p += 1;
        Ok(())
    };
    if id(&mut p)? != "digraph" {
        return Err("not a digraph".into());
    }
    id(&mut p)?;
    sym(&mut p, '{')?;
    let (mut nodes, mut edges) = (0, 0);
    while toks.get(p) != Some(&T::Sym('}')) {
        let first = id(&mut p)?;
        match toks.get(p) {
            Some(T::Arrow) => {
                p += 1;
                id(&mut p)?;
                attrs(&mut p)?;
                edges += 1;
            }
            Some(T::Sym('=')) => {
                p += 1;
                id(&mut p)?;
            }
            _ => {
                attrs(&mut p)?;
                if first != "node" && first != "edge" {
                    nodes += 1;
                }
            }
        }
        sym(&mut p, ';')?;
    }
    p += 1;
    if p != toks.len() {
        return Err("tokens after the graph".into());
    }
    Ok((nodes, edges))
}

#[test]
fn dot_is_a_digraph() {
    let t = kazakhstan::timeline();
    let dot = t.to_dot();
    assert_eq!(
        check_dot(&dot),
        Ok((t.events.len(), t.relations.len())),
        "{dot}"
    );
    assert!(dot.contains("\"e1\" -> \"e2\" [label=\"BEFORE\""));
    // Quotes and backslashes in labels are escaped.
    let mut t2 = t.clone();
    t2.events[0].label = "He said \"go\" \\ now".into();
    assert!(check_dot(&t2.to_dot()).is_ok());
    assert!(check_dot("digraph x { a -> }").is_err());
}

#[test]
fn timelinejs_has_start_dates() {
    let t = kazakhstan::timeline();
    let v =
        serde_json::to_value(t.to_timelinejs(Some("Kazakhstan, January 2022"))).unwrap_or_default();
    let events = v["events"].as_array().cloned().unwrap_or_default();
    assert_eq!(events.len(), 3);
    for e in &events {
        assert_eq!(e["start_date"]["year"], 2022);
        assert_eq!(e["start_date"]["month"], 1);
        assert!(e["start_date"]["day"].is_number());
        assert!(e["text"]["headline"].is_string());
        assert!(e["text"]["text"].is_string());
    }
    assert_eq!(events[1]["start_date"]["day"], 13);
    assert_eq!(events[1]["group"], "withdrawal");
    assert_eq!(v["title"]["text"]["headline"], "Kazakhstan, January 2022");
    assert!(v["title"].get("start_date").is_none());
}

#[test]
fn markdown_lines_in_date_order() {
    let t = kazakhstan::timeline();
    let md = t.to_markdown();
    let dates: Vec<&str> = md
        .lines()
        .filter(|l| l.starts_with("| 20"))
        .filter_map(|l| l.split('|').nth(1).map(str::trim))
        .collect();
    assert_eq!(dates, ["2022-01-06", "2022-01-13", "2022-01-19"]);
    let mut sorted = dates.clone();
    sorted.sort();
    assert_eq!(dates, sorted);
    assert!(md.contains("| 2022-01-13 | Russia-led troops begin pullback from Kazakhstan | afp, moscow, reuters, straitstimes-afp |"));
}

#[test]
fn timeml_per_article() {
    let t = kazakhstan::timeline();
    // Article texts where the mentions' offsets point: each sentence at
    // 1000 × its index.
    let mut sentences: Vec<(String, usize, String)> = kazakhstan::mentions()
        .into_iter()
        .map(|m| (m.article, m.sentence_start.unwrap_or(0), m.sentence))
        .collect();
    sentences.sort();
    let mut texts: std::collections::BTreeMap<String, String> = Default::default();
    for (article, base, sentence) in sentences {
        let text = texts.entry(article).or_default();
        if text.len() < base {
            text.push_str(&" ".repeat(base - text.len()));
        }
        if text.len() == base {
            text.push_str(&sentence);
        }
    }
    let articles: Vec<ArticleInput> = kazakhstan::articles()
        .into_iter()
        .map(|mut a| {
            a.text = texts.get(&a.id).cloned().unwrap_or_default();
            a
        })
        .collect();
    let docs = t.to_timeml(&articles).unwrap_or_default();
    assert_eq!(docs.len(), 5);
    let afp = docs.iter().find(|d| d.article == "afp");
    let Some(afp) = afp else {
        panic!("no afp document");
    };
    assert!(afp.problems.is_empty(), "{:?}", afp.problems);
    let doc = Document::parse(&afp.xml).unwrap_or_default();
    assert_eq!(doc.doc_id.as_deref(), Some("afp"));
    assert_eq!(
        doc.dct.as_ref().map(|d| d.value.as_str()),
        Some("2022-01-13")
    );
    assert_eq!(doc.events.len(), 3);
    let timex_values: Vec<&str> = doc.timexes.iter().map(|t| t.value.as_str()).collect();
    assert!(timex_values.contains(&"2022-01-06"));
    assert!(timex_values.contains(&"2022-01-19"));
    assert!(doc.tlinks.iter().any(|l| l.rel_type == "IS_INCLUDED"));
    // The afp article mentions all three events: their relations are there.
    assert!(doc.tlinks.iter().any(|l| l.rel_type == "BEFORE"
        && l.event_instance_id.is_some()
        && l.related_to_event_instance.is_some()));
    let trigger = doc.events.iter().find(|e| e.text == "pullback");
    assert!(
        trigger.is_some(),
        "{:?} {:?}",
        doc.events,
        doc.text.get(..60)
    );
}
