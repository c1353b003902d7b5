global using KzData;
global using Microsoft.AspNetCore.Http.HttpResults;
