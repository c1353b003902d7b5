// Validates a Frictionless Data Package with the `datapackage` library (pinned in package-lock.json):
// the descriptor against the tabular-data-package profile, then every resource's rows against its Table
// Schema (types, constraints, primary key uniqueness) and foreign keys. Prints one JSON line:
// {"valid": bool, "errors": [...], "resources": {"name": rowCount, ...}}; exit code 0 only when valid.
//   node validate.js http://127.0.0.1:5080/api/v1/datapackage.json
//   node validate.js /path/to/datapackage.json
'use strict';
const { Package } = require('datapackage');

async function main(source) {
  const errors = [];
  const resources = {};
  const dataPackage = await Package.load(source, { strict: false });
  if (!dataPackage.valid) {
    errors.push(...dataPackage.errors.map(e => `descriptor: ${e.message}`));
  }
  for (const resource of dataPackage.resources) {
    if (!resource.tabular) {
      errors.push(`${resource.name}: not a tabular resource`);
      continue;
    }
    try {
      // cast: every value read as its field type and checked against its constraints; relations: every
      // foreign key resolved against the referenced resource (a miss throws "Foreign key ... violation").
      const rows = await resource.read({ cast: true, relations: true });
      resources[resource.name] = rows.length;
    } catch (error) {
      const details = (error.errors || []).map(e => e.message).join('; ');
      errors.push(`${resource.name}: ${error.message}${details ? ` (${details})` : ''}`);
    }
  }
  return { valid: errors.length === 0, errors, resources };
}

main(process.argv[2])
  .then(result => {
    console.log(JSON.stringify(result));
    process.exit(result.valid ? 0 : 1);
  })
  .catch(error => {
    console.log(JSON.stringify({ valid: false, errors: [`could not load: ${error.message}`], resources: {} }));
    process.exit(2);
  });
