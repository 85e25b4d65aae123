// Summit Outfitters — the demo shop's only script. It is deliberately tiny: three behaviours, two of them
// usability traps documented in docs/demo-site.md. Everything else on the site is plain HTML forms and links.
(function () {
  'use strict';

  // Trap 6 (rage clicks): only the 8×8 px #promo-close button closes the banner. The large "×" glyph next to
  // it has no handler on purpose. A closed banner stays closed for the rest of the browser session.
  var promo = document.getElementById('promo');
  if (promo) {
    if (window.sessionStorage.getItem('promoClosed') === '1') {
      promo.hidden = true;
    }
    var close = document.getElementById('promo-close');
    if (close) {
      close.addEventListener('click', function () {
        promo.hidden = true;
        window.sessionStorage.setItem('promoClosed', '1');
      });
    }
  }

  // Trap 3 (error clicks): "Apply" looks up the coupon in a promotions table that this page never loads, so
  // the handler throws an uncaught TypeError and nothing visible happens.
  var apply = document.getElementById('apply-coupon');
  if (apply) {
    apply.addEventListener('click', function () {
      var code = document.getElementById('coupon').value.trim().toUpperCase();
      var discount = window.shopConfig.promotions[code];
      document.getElementById('cart-total').textContent = discount;
    });
  }

  // "Empty cart" asks first; cancelling the dialog keeps the form from submitting.
  var empty = document.getElementById('empty-cart');
  if (empty) {
    empty.addEventListener('click', function (event) {
      if (!window.confirm('Remove all items?')) {
        event.preventDefault();
      }
    });
  }
})();
