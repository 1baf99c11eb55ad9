// Applies the remembered display mode before first paint. The server hashes this same string into the CSP.
export const modeBootScript =
  "try{var m=JSON.parse(localStorage.getItem('mzy-mode')||'{}'),d=document.documentElement;if(m.care)d.setAttribute('data-care','');if(m.theme)d.setAttribute('data-theme',m.theme)}catch(e){}";
