package org.figsite.serve;

import java.util.List;
import org.figsite.render.HtmlEscaper;

/**
 * The markup the server adds to every HTML page it sends (never to the files on disk): a script
 * that listens for rebuilds, and while the last build is broken, a banner with its problems.
 */
final class ReloadSnippet {
  static final String BANNER_ID = "figsite-problems";
  private static final String BODY_END = "</body>";

  private static final String BANNER_STYLE = "position:fixed;z-index:2147483647;left:0;right:0;top:0;max-height:80vh;"
      + "overflow:auto;margin:0;padding:1em;background:#fff0f0;color:#600;border-bottom:3px solid #c00;"
      + "font:13px/1.4 monospace;white-space:pre-wrap";

  // textContent, never innerHTML: problem text is the user's input and may contain markup.
  private static final String SCRIPT = "<script>/* figsite serve: live reload */(function(){"
      + "var es=new EventSource('" + ReloadEvents.PATH + "');"
      + "es.addEventListener('reload',function(){location.reload();});"
      + "es.addEventListener('problems',function(e){"
      + "var b=document.getElementById('" + BANNER_ID + "');"
      + "if(!b){b=document.createElement('pre');b.id='" + BANNER_ID + "';"
      + "b.setAttribute('style','" + BANNER_STYLE + "');document.body.appendChild(b);}"
      + "b.textContent='figsite: the last build failed; showing the last good site.\\n\\n'+e.data;});"
      + "})();</script>";

  private ReloadSnippet() {}

  /** The page with the script, and the banner when there are problems, just before its closing body tag. */
  static String inject(String html, List<String> problems) {
    String snippet = problems.isEmpty() ? SCRIPT : banner(problems) + SCRIPT;
    int at = lastBodyEnd(html);
    if (at < 0) return html + snippet;
    return html.substring(0, at) + snippet + html.substring(at);
  }

  // Not html.toLowerCase().lastIndexOf(): lower-casing can change the length, and so the index.
  private static int lastBodyEnd(String html) {
    for (int i = html.length() - BODY_END.length(); i >= 0; i--) {
      if (html.regionMatches(true, i, BODY_END, 0, BODY_END.length())) return i;
    }
    return -1;
  }

  static String banner(List<String> problems) {
    return "<pre id=\"" + BANNER_ID + "\" style=\"" + BANNER_STYLE + "\">"
        + "figsite: the last build failed; showing the last good site.\n\n"
        + HtmlEscaper.escape(String.join("\n", problems)) + "</pre>";
  }
}
