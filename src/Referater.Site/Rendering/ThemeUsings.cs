// The theme's Razor components live outside this project's folder, where Razor's _Imports.razor does not reach
// them in every tool; these usings give them the model and view types.
global using Referater.Site.Content;
global using Referater.Site.Rendering;
global using Referater.Site.Rendering.Pages;
global using Referater.Site.Search;
