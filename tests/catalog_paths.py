"""Category paths of the Beauty catalog (../shared/data/amazon-beauty-2014) that tests name:
one constant a path, named by the path's shortest tail that no other path of the catalog ends
with ("Beauty > Makeup > Face" is MAKEUP_FACE, "Beauty > Skin Care > Face" SKIN_CARE_FACE,
"Beauty > Makeup > Lips > Lipstick" LIPSTICK; "&" is AND, no apostrophe).
tests/test_catalog_paths.py checks each against the catalog. A path made up for a test (one the
catalog lacks) stays in that test."""

# Bath & Body
BATH_AND_BODY = "Beauty > Bath & Body"
MINERALS_AND_SALTS = "Beauty > Bath & Body > Bath > Minerals & Salts"
EYE_MASKS = "Beauty > Bath & Body > Bathing Accessories > Eye Masks"
SHOWER_CAPS = "Beauty > Bath & Body > Bathing Accessories > Shower Caps"
BODY_WASHES = "Beauty > Bath & Body > Cleansers > Body Washes"
SOAPS = "Beauty > Bath & Body > Cleansers > Soaps"
BODY_SCRUBS = "Beauty > Bath & Body > Scrubs & Body Treatments > Body Scrubs"
BODY_SOUFFLES_AND_MOUSSE = (
    "Beauty > Bath & Body > Scrubs & Body Treatments > Body Souffles & Mousse"
)

# Fragrance
FRAGRANCE = "Beauty > Fragrance"
MENS = "Beauty > Fragrance > Men's"
MENS_COLOGNE = "Beauty > Fragrance > Men's > Cologne"
WOMENS = "Beauty > Fragrance > Women's"
BODY_SPRAYS = "Beauty > Fragrance > Women's > Body Sprays"
WOMENS_EAU_DE_PARFUM = "Beauty > Fragrance > Women's > Eau de Parfum"

# Hair Care
HAIR_CARE = "Beauty > Hair Care"
HAIR_CARE_CONDITIONERS = "Beauty > Hair Care > Conditioners"
HAIR_AND_SCALP_TREATMENTS = "Beauty > Hair Care > Hair & Scalp Treatments"
CHEMICAL_HAIR_DYES = "Beauty > Hair Care > Hair Color > Chemical Hair Dyes"
HOME_PERMANENT_KITS = "Beauty > Hair Care > Hair Perms & Texturizers > Home Permanent Kits"
HAIR_CARE_SHAMPOOS = "Beauty > Hair Care > Shampoos"
CREAMS_GELS_AND_LOTIONS = "Beauty > Hair Care > Styling Products > Creams, Gels & Lotions"
CURL_ENHANCERS = "Beauty > Hair Care > Styling Products > Curl Enhancers"
HAIR_EXTENSIONS = "Beauty > Hair Care > Styling Products > Hair Extensions & Wigs > Hair Extensions"
WIGS = "Beauty > Hair Care > Styling Products > Hair Extensions & Wigs > Wigs"
HAIR_SPRAYS = "Beauty > Hair Care > Styling Products > Hair Sprays"
MOUSSES_AND_FOAMS = "Beauty > Hair Care > Styling Products > Mousses & Foams"
BRUSHES = "Beauty > Hair Care > Styling Tools > Brushes"
HAIR_DRYERS = "Beauty > Hair Care > Styling Tools > Hair Dryers"
HAIR_ROLLERS = "Beauty > Hair Care > Styling Tools > Hair Rollers"
HOT_AIR_BRUSHES = "Beauty > Hair Care > Styling Tools > Hot-Air Brushes"
CURLING_IRONS = "Beauty > Hair Care > Styling Tools > Irons > Curling Irons"
FLATTENING_IRONS = "Beauty > Hair Care > Styling Tools > Irons > Flattening Irons"
HAIR_DRYING_TOWELS = "Beauty > Hair Care > Styling Tools > Styling Accessories > Hair Drying Towels"

# Makeup
MAKEUP = "Beauty > Makeup"
MAKEUP_EYES = "Beauty > Makeup > Eyes"
CONCEALER_AND_BASE = "Beauty > Makeup > Eyes > Concealer & Base"
EYE_SHADOW = "Beauty > Makeup > Eyes > Eye Shadow"
EYEBROW_COLOR = "Beauty > Makeup > Eyes > Eyebrow Color"
EYELINER = "Beauty > Makeup > Eyes > Eyeliner"
MASCARA = "Beauty > Makeup > Eyes > Mascara"
MAKEUP_FACE = "Beauty > Makeup > Face"
BLUSH = "Beauty > Makeup > Face > Blush"
BRONZERS_AND_HIGHLIGHTERS = "Beauty > Makeup > Face > Bronzers & Highlighters"
CONCEALERS_AND_NEUTRALIZERS = "Beauty > Makeup > Face > Concealers & Neutralizers"
FOUNDATION = "Beauty > Makeup > Face > Foundation"
FOUNDATION_PRIMERS = "Beauty > Makeup > Face > Foundation Primers"
POWDER = "Beauty > Makeup > Face > Powder"
LIPS = "Beauty > Makeup > Lips"
LIP_GLOSSES = "Beauty > Makeup > Lips > Lip Glosses"
LIP_LINERS = "Beauty > Makeup > Lips > Lip Liners"
LIPSTICK = "Beauty > Makeup > Lips > Lipstick"
LIPSTICK_PRIMERS = "Beauty > Makeup > Lips > Lipstick Primers"
MAKEUP_REMOVER_FACE = "Beauty > Makeup > Makeup Remover > Face"
MAKEUP_SETS = "Beauty > Makeup > Makeup Sets"
NAILS = "Beauty > Makeup > Nails"
NAIL_ART = "Beauty > Makeup > Nails > Nail Art"
NAIL_POLISH = "Beauty > Makeup > Nails > Nail Polish"
NAIL_POLISH_REMOVER = "Beauty > Makeup > Nails > Nail Polish Remover"

# Skin Care
SKIN_CARE = "Beauty > Skin Care"
SKIN_CARE_BODY = "Beauty > Skin Care > Body"
MOISTURIZERS_LOTIONS = "Beauty > Skin Care > Body > Moisturizers > Lotions"
EYES_CREAMS = "Beauty > Skin Care > Eyes > Creams"
DARK_CIRCLE_TREATMENTS = "Beauty > Skin Care > Eyes > Dark Circle Treatments"
EYES_MASKS = "Beauty > Skin Care > Eyes > Masks"
SKIN_CARE_FACE = "Beauty > Skin Care > Face"
FACE_CLEANSERS = "Beauty > Skin Care > Face > Cleansers"
BARS = "Beauty > Skin Care > Face > Cleansers > Bars"
CLEANSERS_GELS = "Beauty > Skin Care > Face > Cleansers > Gels"
WASHES = "Beauty > Skin Care > Face > Cleansers > Washes"
CREAMS_AND_MOISTURIZERS = "Beauty > Skin Care > Face > Creams & Moisturizers"
FLUIDS_AND_LOTIONS = "Beauty > Skin Care > Face > Creams & Moisturizers > Fluids & Lotions"
FLUIDS_AND_LOTIONS_LOTIONS = (
    "Beauty > Skin Care > Face > Creams & Moisturizers > Fluids & Lotions > Lotions"
)
NIGHT_CREAMS = "Beauty > Skin Care > Face > Creams & Moisturizers > Night Creams"
TINTED_MOISTURIZERS = "Beauty > Skin Care > Face > Creams & Moisturizers > Tinted Moisturizers"
EXFOLIATORS_AND_SCRUBS = "Beauty > Skin Care > Face > Exfoliators & Scrubs"
SCRUBS = "Beauty > Skin Care > Face > Exfoliators & Scrubs > Scrubs"
OILS_AND_SERUMS = "Beauty > Skin Care > Face > Oils & Serums"
SUNSCREENS = "Beauty > Skin Care > Face > Sunscreens & Self Tanners > Sunscreens"
TONERS_AND_ASTRINGENTS = "Beauty > Skin Care > Face > Toners & Astringents"
TREATMENTS_AND_MASKS = "Beauty > Skin Care > Face > Treatments & Masks"
ACIDS_AND_PEELS = "Beauty > Skin Care > Face > Treatments & Masks > Acids & Peels"
GLYCOLIC_ACID = "Beauty > Skin Care > Face > Treatments & Masks > Acids & Peels > Glycolic Acid"
TREATMENTS_AND_MASKS_MASKS = "Beauty > Skin Care > Face > Treatments & Masks > Masks"
HANDS_AND_NAILS = "Beauty > Skin Care > Hands & Nails"
CUTICLE_REMOVERS = "Beauty > Skin Care > Hands & Nails > Cuticle Care > Cuticle Removers"
HAND_CREAMS_AND_LOTIONS = "Beauty > Skin Care > Hands & Nails > Hand Creams & Lotions"
HAND_SOAPS = "Beauty > Skin Care > Hands & Nails > Hand Soaps"
SELF_TANNERS_AND_BRONZERS = "Beauty > Skin Care > Sun > Self-Tanners & Bronzers"
SKIN_PROTECTION = "Beauty > Skin Care > Sun > Skin Protection"
SPORTS = "Beauty > Skin Care > Sun > Skin Protection > Sports"

# Tools & Accessories
TOOLS_AND_ACCESSORIES = "Beauty > Tools & Accessories"
COTTON_SWABS = "Beauty > Tools & Accessories > Cotton & Swabs > Cotton Swabs"
BRUSHES_COMBS_AND_NEEDLES = (
    "Beauty > Tools & Accessories > Hair Coloring Tools > Brushes, Combs & Needles"
)
CAPS_FOILS_AND_WRAPS = "Beauty > Tools & Accessories > Hair Coloring Tools > Caps, Foils & Wraps"
MAKEUP_BRUSHES_AND_TOOLS = "Beauty > Tools & Accessories > Makeup Brushes & Tools"
BRUSHES_AND_APPLICATORS = (
    "Beauty > Tools & Accessories > Makeup Brushes & Tools > Brushes & Applicators"
)
EYELASH_TOOLS = "Beauty > Tools & Accessories > Makeup Brushes & Tools > Eyelash Tools"
CURLERS = "Beauty > Tools & Accessories > Makeup Brushes & Tools > Eyelash Tools > Curlers"
PUFFS_SPONGES_AND_WEDGES = (
    "Beauty > Tools & Accessories > Makeup Brushes & Tools > Puffs, Sponges & Wedges"
)
SHARPENERS = "Beauty > Tools & Accessories > Makeup Brushes & Tools > Sharpeners"
CLIPPERS_AND_TRIMMERS = "Beauty > Tools & Accessories > Nail Tools > Clippers & Trimmers"
CUTICLE_PUSHERS = "Beauty > Tools & Accessories > Nail Tools > Cuticle Pushers"
NAIL_ART_EQUIPMENT = "Beauty > Tools & Accessories > Nail Tools > Nail Art Equipment"
NAIL_DRYERS = "Beauty > Tools & Accessories > Nail Tools > Nail Dryers"
NAIL_TOOLS_SETS_AND_KITS = "Beauty > Tools & Accessories > Nail Tools > Sets & Kits"
