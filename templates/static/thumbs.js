/* figsite thumbnails: puts each listed figure's image, hot-linked from PMC, at the start of its
   card's link. A card (an <li> of a list with class "th") without data-i shows
   <pmcid>/bin/<name>.jpg for the figure <pmcid>__<name> its link names (FigureCard.thumbDerived
   says which cards those are); data-i="<path>" names the image's path below PMC's articles, and
   data-i="" a figure without one. The stylesheet reserves each thumbnail's box, so nothing moves
   when an image arrives, and shows "No image" in it when there is none or it fails to load. */
(function () {
  'use strict';
  var PMC = 'https://www.ncbi.nlm.nih.gov/pmc/articles/';

  function url(li, link) {
    var path = li.getAttribute('data-i');
    if (path !== null) return path ? PMC + path : '';
    var m = /\/([^\/]+)\.html$/.exec(link.pathname);
    var figid = m ? decodeURIComponent(m[1]) : '';
    var at = figid.indexOf('__');
    return at > 0 ? PMC + figid.slice(0, at) + '/bin/' + figid.slice(at + 2) + '.jpg' : '';
  }

  /* Adds the thumbnails missing from the cards below root; search.js calls it for its results. */
  function decorate(root) {
    Array.prototype.forEach.call(root.querySelectorAll('.th > li'), function (li) {
      var link = li.querySelector('a');
      if (!link || link.querySelector('img.t')) return;
      var src = url(li, link);
      if (!src) return;
      var img = document.createElement('img');
      img.className = 't';
      img.alt = '';
      img.loading = 'lazy';
      img.addEventListener('error', function () { img.remove(); });
      img.src = src;
      link.insertBefore(img, link.firstChild);
    });
  }

  window.figsiteThumbs = decorate;
  decorate(document);
})();
