// The theme's Razor components are linked in from theme/, outside this project's folder, where Razor's
// _Imports.razor does not reach them; these usings give them the model, view and page types.
global using Referater.Site.Content;
global using Referater.Site.Linking;
global using Referater.Site.Rendering;
global using Referater.Site.Rendering.Pages;
global using Referater.Site.Search;
global using Referater.Site.Rendering.Corrections;
